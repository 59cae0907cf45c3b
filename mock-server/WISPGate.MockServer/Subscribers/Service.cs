using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Subscribers;

/// <summary>A subscriber's connection (<c>svc_…</c>): a service package at an address, with bound devices.</summary>
internal sealed record Service : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The subscriber.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The service package.</summary>
    public required string ServicePackageId { get; init; }

    /// <summary>Lifecycle state: what the network enforces; changes when a lifecycle action's provisioning job is acknowledged.</summary>
    public required ServiceStatus Status { get; init; }

    /// <summary>The lifecycle change in flight (its job not answered yet); null when none.</summary>
    public ServiceTransition? Transition { get; init; }

    /// <summary>Installation address.</summary>
    public Address? ServiceAddress { get; init; }

    /// <summary>First day of service.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Price instead of the package price.</summary>
    public Money? PriceOverride { get; init; }

    /// <summary>Ids of the bound devices.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
