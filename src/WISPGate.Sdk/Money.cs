namespace WISPGate.Sdk;

/// <summary>An amount of money in integer minor units (cents for USD) with its ISO 4217 currency; never floating point.</summary>
public sealed record Money
{
    /// <summary>The amount in minor units of <see cref="Currency"/>, e.g. 4999 for USD 49.99.</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency code, e.g. <c>USD</c>.</summary>
    public required string Currency { get; init; }
}
