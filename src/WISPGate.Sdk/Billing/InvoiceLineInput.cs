namespace WISPGate.Sdk.Billing;

/// <summary>One line of <see cref="CreateInvoiceRequest"/>.</summary>
public sealed record InvoiceLineInput
{
    /// <summary>What is billed.</summary>
    public required string Description { get; init; }

    /// <summary>How many units (1–1,000,000); the API defaults to 1.</summary>
    public int? Quantity { get; init; }

    /// <summary>The price of one unit, in minor units.</summary>
    public required long UnitAmount { get; init; }
}
