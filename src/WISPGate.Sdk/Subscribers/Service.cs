namespace WISPGate.Sdk.Subscribers;

/// <summary>A subscriber's connectivity service: a speed package delivered at an address.</summary>
public sealed partial record Service
{
    /// <summary>The WISPGate id, <c>svc_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>) that owns the service.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The service package (<c>pkg_…</c>) that sets speeds and price.</summary>
    public required string ServicePackageId { get; init; }

    /// <summary>
    /// The provisioning state, as the network enforces it: it changes when the provisioning job of an activate, suspend,
    /// resume or terminate is acked (<see cref="Transition"/> shows the change until then);
    /// <see cref="ServiceStatus.Unknown"/> for a state this SDK does not know.
    /// </summary>
    public required partial ServiceStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The lifecycle change in flight (its provisioning job not answered yet); <see langword="null"/> when none.</summary>
    public ServiceTransition? Transition { get; init; }

    /// <summary>Where the service is delivered.</summary>
    public Address? ServiceAddress { get; init; }

    /// <summary>The first day of service.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>A price that replaces the package price for this service only.</summary>
    public Money? PriceOverride { get; init; }

    /// <summary>The ids (<c>dev_…</c>) of the CPE devices bound to the service.</summary>
    public required IReadOnlyList<string> Devices { get; init; }

    /// <summary>When the service was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the service last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
