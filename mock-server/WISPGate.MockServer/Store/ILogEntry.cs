namespace WISPGate.MockServer.Store;

/// <summary>
/// An entry of an append-only log that nothing references for integrity (events, webhook delivery attempts). A tenant
/// keeps the newest <see cref="StorageLimits.MaxLogEntries"/> of each log and drops the oldest beyond, instead of
/// refusing the change that wrote the entry. Every other entity is a record, counted against
/// <see cref="StorageLimits.MaxRecords"/>, and never dropped: others refer to it (ids, the ledger).
/// </summary>
internal interface ILogEntry : IEntity;
