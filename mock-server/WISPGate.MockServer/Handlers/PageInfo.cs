namespace WISPGate.MockServer.Handlers;

/// <summary><c>meta.pagination</c> of a list response.</summary>
internal sealed record PageInfo(int Limit, string? NextCursor, bool HasMore);
