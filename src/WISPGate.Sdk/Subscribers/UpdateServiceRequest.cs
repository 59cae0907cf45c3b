namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The body of <c>PATCH /api/v1/services/{id}</c>. Only the properties you assign are sent;
/// assigning <see langword="null"/> clears a field (<see cref="PatchRequest"/>). The package and the
/// provisioning state change through the service actions.
/// </summary>
public sealed record UpdateServiceRequest : PatchRequest
{
    /// <summary>A new delivery address; <see langword="null"/> clears it.</summary>
    public Address? ServiceAddress { get => Get<Address?>(); set => Set(value); }

    /// <summary>A new first day of service; <see langword="null"/> clears it.</summary>
    public DateOnly? StartDate { get => Get<DateOnly?>(); set => Set(value); }

    /// <summary>A new price override; <see langword="null"/> removes it (the package price applies).</summary>
    public Money? PriceOverride { get => Get<Money?>(); set => Set(value); }
}
