namespace WISPGate.MockServer.Identity;

/// <summary>The getMe answer (<c>Me</c>).</summary>
internal sealed record Me(MeToken Token, IReadOnlyList<MeTenant> Tenants, MeRateLimit RateLimit);
