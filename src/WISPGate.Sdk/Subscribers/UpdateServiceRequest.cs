namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The body of <c>PATCH /api/v1/services/{id}</c>. Only the properties you set are sent; the
/// package and the provisioning state change through the service actions.
/// </summary>
public sealed record UpdateServiceRequest
{
    /// <summary>A new delivery address.</summary>
    public Address? ServiceAddress { get; init; }

    /// <summary>A new first day of service.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>A new price override.</summary>
    public Money? PriceOverride { get; init; }
}
