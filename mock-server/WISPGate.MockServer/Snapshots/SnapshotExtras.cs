namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// What a loaded state snapshot carries beyond the tenants' data, applied when its state becomes current (at start with
/// <c>--seed snapshot.json</c>, on every reset to it, on import): the server clock and the idempotency records.
/// </summary>
/// <param name="ClockNow">The time the clock is set to; null leaves the clock alone.</param>
/// <param name="Idempotency">The finished idempotency keys by tenant, oldest first.</param>
internal sealed record SnapshotExtras(DateTimeOffset? ClockNow, IReadOnlyDictionary<string, IReadOnlyList<IdempotencyRecord>> Idempotency);
