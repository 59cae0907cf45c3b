namespace WISPGate.Sdk.Identity;

/// <summary>Who the calling token is: its scopes and environment, the tenants it may act for (with the default), and its rate-limit window.</summary>
public sealed record Me
{
    /// <summary>The token.</summary>
    public required MeToken Token { get; init; }

    /// <summary>Every tenant the token may act for; the one with <see cref="MeTenant.Default"/> is used when a call names none.</summary>
    public required IReadOnlyList<MeTenant> Tenants { get; init; }

    /// <summary>The token's current rate-limit window.</summary>
    public required MeRateLimit RateLimit { get; init; }
}
