using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// The RADIUS account of a service, stored under the service's id: issued when the service's activation job is
/// acknowledged, disabled by suspension, enabled by resumption, removed by termination. Rendered as an
/// <see cref="AaaAccount"/> with the reply attributes of the service's current package.
/// </summary>
internal sealed record RadiusAccount : IEntity
{
    /// <summary>The service id (one account per service).</summary>
    public required string Id { get; init; }

    /// <summary>RADIUS User-Name.</summary>
    public required string Username { get; init; }

    /// <summary>The fixed address handed out in Access-Accept.</summary>
    public string? FramedIpAddress { get; init; }

    /// <summary>The IPv6 prefix delegated to the subscriber's router (Delegated-IPv6-Prefix).</summary>
    public string? DelegatedIpv6Prefix { get; init; }

    /// <summary>Whether Access-Request is accepted.</summary>
    public required bool Enabled { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
