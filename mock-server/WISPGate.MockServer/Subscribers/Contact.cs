using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Subscribers;

/// <summary>A person to reach about a subscriber's account (<c>con_…</c>).</summary>
internal sealed record Contact : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The subscriber.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>What the contact is reached for.</summary>
    public IReadOnlyList<ContactRole> Roles { get; init; } = [];

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }
}
