namespace WISPGate.Sdk.Http;

/// <summary>A name registered with <c>AddWispGate(name, …)</c>: what <see cref="WispGateClientFactory"/> may create.</summary>
/// <param name="Name">The client's name.</param>
internal sealed record WispGateClientName(string Name);
