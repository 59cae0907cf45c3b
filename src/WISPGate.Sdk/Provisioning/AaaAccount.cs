namespace WISPGate.Sdk.Provisioning;

/// <summary>A service's RADIUS account. Credentials are issued on activation; the password is never returned.</summary>
public sealed record AaaAccount
{
    /// <summary>The service (<c>svc_…</c>) the account belongs to.</summary>
    public required string ServiceId { get; init; }

    /// <summary>The RADIUS User-Name (PPPoE or hotspot login).</summary>
    public required string Username { get; init; }

    /// <summary>Whether Access-Request is accepted (false while the service is pending, suspended or terminated).</summary>
    public required bool Enabled { get; init; }

    /// <summary>The fixed IPv4 address handed out, if any.</summary>
    public string? FramedIpAddress { get; init; }

    /// <summary>
    /// The IPv6 prefix delegated to the subscriber's router (RADIUS <c>Delegated-IPv6-Prefix</c>, e.g.
    /// <c>2001:db8:2:900::/56</c>), if any.
    /// </summary>
    public string? DelegatedIpv6Prefix { get; init; }

    /// <summary>The MAC address the login is bound to (<c>AA:BB:CC:DD:EE:FF</c>), if any.</summary>
    public string? MacBinding { get; init; }

    /// <summary>The reply attributes sent with Access-Accept: the package's rate limit plus its RADIUS attributes.</summary>
    public required IReadOnlyDictionary<string, string> ReplyAttributes { get; init; }

    /// <summary>When the account last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
