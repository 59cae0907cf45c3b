namespace WISPGate.MockServer.Store;

/// <summary>
/// How much one tenant may store, so that a long-running shared sandbox stays bounded: at most
/// <paramref name="MaxRecords"/> records (all kinds together; a create past it is refused with 409
/// <c>storage_limit_reached</c>) and, of each append-only log (<see cref="ILogEntry"/>), the newest
/// <paramref name="MaxLogEntries"/> entries (older ones are dropped).
/// </summary>
/// <param name="MaxRecords">Records a tenant may hold before creates are refused.</param>
/// <param name="MaxLogEntries">Entries each log of a tenant keeps.</param>
internal sealed record StorageLimits(int MaxRecords, int MaxLogEntries)
{
    /// <summary>No limits (unit-sized seeds and tests that do not care).</summary>
    public static readonly StorageLimits None = new(int.MaxValue, int.MaxValue);
}
