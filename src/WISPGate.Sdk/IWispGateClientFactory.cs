namespace WISPGate.Sdk;

/// <summary>
/// The clients registered by name with <c>services.AddWispGate("tenant-a", …)</c>, for an app that serves several
/// WISPGate accounts, the way <see cref="System.Net.Http.IHttpClientFactory"/> hands out named <see cref="System.Net.Http.HttpClient"/>s.
/// Registered by the first named <c>AddWispGate</c>; inject it and ask for a client by name.
/// </summary>
public interface IWispGateClientFactory
{
    /// <summary>
    /// The client registered under <paramref name="name"/>: the same instance on every call (immutable and thread safe,
    /// owned by the container), with that name's options, token, base URL, retries and circuit breaker.
    /// </summary>
    /// <param name="name">The name given to <c>AddWispGate(name, …)</c>.</param>
    /// <returns>The named client.</returns>
    /// <exception cref="ArgumentException">No client has this name; the message lists the configured names.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The name's options are invalid; the message names the client and each bad option.</exception>
    IWispGateClient CreateClient(string name);
}
