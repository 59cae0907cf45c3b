namespace WISPGate.Sdk.Billing;

/// <summary>One line of an invoice, amounts in minor units of the invoice's currency.</summary>
public sealed record InvoiceLine
{
    /// <summary>What is billed.</summary>
    public required string Description { get; init; }

    /// <summary>How many units (≥ 1).</summary>
    public required int Quantity { get; init; }

    /// <summary>The price of one unit, in minor units.</summary>
    public required long UnitAmount { get; init; }

    /// <summary>Quantity × unit amount, in minor units.</summary>
    public required long Amount { get; init; }
}
