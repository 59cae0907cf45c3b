namespace WISPGate.Sdk.Subscribers;

/// <summary>A subscriber's money position, all amounts in minor units of <see cref="Currency"/>.</summary>
public sealed record SubscriberBalance
{
    /// <summary>The subscriber (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>Net position, <c>outstanding − credit</c>: positive when the subscriber owes money, negative when in credit.</summary>
    public required long Balance { get; init; }

    /// <summary>Unapplied payments and credit (≥ 0).</summary>
    public required long Credit { get; init; }

    /// <summary>The amount due on open and uncollectible invoices (≥ 0).</summary>
    public required long Outstanding { get; init; }

    /// <summary>The ISO 4217 currency of the amounts.</summary>
    public required string Currency { get; init; }

    /// <summary>Whether an open invoice is past its due date.</summary>
    public required bool HasOverdueInvoice { get; init; }
}
