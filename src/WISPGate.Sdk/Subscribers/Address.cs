namespace WISPGate.Sdk.Subscribers;

/// <summary>A postal address (a subscriber's, or where a service is delivered).</summary>
public sealed record Address
{
    /// <summary>Street and number.</summary>
    public required string Line1 { get; init; }

    /// <summary>Apartment, suite, unit.</summary>
    public string? Line2 { get; init; }

    /// <summary>City or locality.</summary>
    public required string City { get; init; }

    /// <summary>State, province or region.</summary>
    public string? State { get; init; }

    /// <summary>Postal or ZIP code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, e.g. <c>US</c>.</summary>
    public string? Country { get; init; }
}
