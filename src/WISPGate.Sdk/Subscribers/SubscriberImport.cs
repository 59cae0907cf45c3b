namespace WISPGate.Sdk.Subscribers;

/// <summary>The result of an import: one entry per row, in the order of the rows given, and the totals.</summary>
public sealed record SubscriberImport
{
    /// <summary>One result per row, in row order; <see cref="ImportRowResult.Index"/> is the row's position in the rows given.</summary>
    public required IReadOnlyList<ImportRowResult> Results { get; init; }

    /// <summary>How many rows had each outcome.</summary>
    public required ImportSummary Summary { get; init; }
}
