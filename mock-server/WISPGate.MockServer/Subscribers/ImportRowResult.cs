using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Subscribers;

/// <summary>The outcome of one row, by its position in the request.</summary>
internal sealed record ImportRowResult(int Index, ImportRowStatus Status, string? Id = null, ApiError? Error = null);
