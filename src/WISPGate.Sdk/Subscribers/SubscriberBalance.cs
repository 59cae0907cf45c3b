namespace WISPGate.Sdk.Subscribers;

/// <summary>A subscriber's money position, all amounts in minor units of <see cref="Currency"/>.</summary>
public sealed record SubscriberBalance
{
    /// <summary>Net balance: what the subscriber owes (positive) or is owed (negative).</summary>
    public long Balance { get; init; }

    /// <summary>Unapplied credit (overpayments, credit notes) available for future invoices.</summary>
    public long Credit { get; init; }

    /// <summary>The sum of open invoice amounts still due.</summary>
    public long Outstanding { get; init; }

    /// <summary>The ISO 4217 currency of the amounts.</summary>
    public string? Currency { get; init; }

    /// <summary>Whether at least one open invoice is past its due date.</summary>
    public bool HasOverdueInvoice { get; init; }
}
