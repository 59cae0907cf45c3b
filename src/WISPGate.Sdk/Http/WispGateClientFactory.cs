using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Creates each named client once, on first use, from its named options (<see cref="IOptionsMonitor{TOptions}.Get(string)"/>)
/// and its own <see cref="HttpClient"/> registration; later calls return the cached instance.
/// </summary>
internal sealed class WispGateClientFactory : IWispGateClientFactory
{
    private readonly IServiceProvider _services;
    private readonly IReadOnlySet<string> _names;
    private readonly ConcurrentDictionary<string, Lazy<IWispGateClient>> _clients = new(StringComparer.Ordinal);

    public WispGateClientFactory(IServiceProvider services, IEnumerable<WispGateClientName> names)
    {
        _services = services;
        _names = names.Select(name => name.Name).ToHashSet(StringComparer.Ordinal);
    }

    public IWispGateClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_names.Contains(name))
        {
            var configured = string.Join(", ", _names.Order(StringComparer.Ordinal).Select(known => $"'{known}'"));
            throw new ArgumentException(
                $"No WISPGate client is named '{name}'. Configured names: {configured}. Register it with services.AddWispGate(\"{name}\", …).",
                nameof(name));
        }

        return _clients.GetOrAdd(name, key => new Lazy<IWispGateClient>(() => Build(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private WispGateClient Build(string name)
    {
        // Get runs the validation: a bad named configuration throws here, naming the client.
        var options = _services.GetRequiredService<IOptionsMonitor<WispGateClientOptions>>().Get(name);
        var connection = ApiConnection.ForNamedClient(
            _services.GetRequiredService<IHttpClientFactory>(), name, options, _services.GetService<TimeProvider>());
        return new WispGateClient(connection, ownedServices: null);
    }
}
