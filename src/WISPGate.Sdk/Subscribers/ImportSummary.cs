namespace WISPGate.Sdk.Subscribers;

/// <summary>How many import rows had each outcome.</summary>
public sealed record ImportSummary
{
    /// <summary>Rows that created a subscriber.</summary>
    public required int Created { get; init; }

    /// <summary>Rows that updated an existing subscriber.</summary>
    public required int Updated { get; init; }

    /// <summary>Rows whose subscriber exists and stayed as it was.</summary>
    public required int Unchanged { get; init; }

    /// <summary>Rows refused (see <see cref="ImportRowResult.Error"/>).</summary>
    public required int Failed { get; init; }
}
