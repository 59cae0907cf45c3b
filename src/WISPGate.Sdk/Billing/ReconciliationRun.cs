namespace WISPGate.Sdk.Billing;

/// <summary>A reconciliation run: matches unapplied payments to open invoices, first by reference = invoice number, then by subscriber (oldest due first).</summary>
public sealed partial record ReconciliationRun
{
    /// <summary>The WISPGate id, <c>rec_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The state; poll <see cref="IReconciliationRunsClient.GetAsync"/> until it is completed or failed.</summary>
    public required partial ReconciliationRunStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The subscriber it was limited to, if any (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>The allocations made.</summary>
    public required IReadOnlyList<ReconciliationMatch> Matched { get; init; }

    /// <summary>The ids (<c>pay_…</c>) of payments it could not match.</summary>
    public required IReadOnlyList<string> Unmatched { get; init; }

    /// <summary>When it was started (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it finished (UTC); <see langword="null"/> while queued or running.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
