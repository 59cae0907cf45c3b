namespace WISPGate.MockServer.Identity;

/// <summary>A tenant of getMe (<c>MeTenant</c>).</summary>
internal sealed record MeTenant(string Id, string Name, bool Default);
