namespace WISPGate.MockServer.Handlers;

/// <summary>The <c>error</c> object of the error envelope.</summary>
internal sealed record ApiError(string Code, string Message, string? Field = null, IReadOnlyList<ErrorDetail>? Details = null);
