namespace WISPGate.Sdk.Subscribers;

/// <summary>The body of <c>POST /api/v1/services</c>.</summary>
public sealed record CreateServiceRequest
{
    /// <summary>The subscriber (<c>sub_…</c>) that orders the service.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The service package (<c>pkg_…</c>) to deliver.</summary>
    public required string ServicePackageId { get; init; }

    /// <summary>Where the service is delivered.</summary>
    public Address? ServiceAddress { get; init; }

    /// <summary>The first day of service.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>A price that replaces the package price for this service only.</summary>
    public Money? PriceOverride { get; init; }
}
