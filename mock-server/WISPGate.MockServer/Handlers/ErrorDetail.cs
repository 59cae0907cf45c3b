namespace WISPGate.MockServer.Handlers;

/// <summary>One entry of <c>error.details[]</c>: which field, what rule, in words.</summary>
internal sealed record ErrorDetail(string Field, string Code, string Message);
