using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Modules;

/// <summary>
/// What a domain module may use of the running server beyond its handlers and hooks: the options it was started
/// with, the server clock and the current state (for background work such as webhook delivery).
/// </summary>
internal sealed class DomainHost
{
    private MockStore? _store;

    /// <summary>Creates the host view of a server that is being built.</summary>
    public DomainHost(WispGateMockServerOptions options, MockClock clock)
    {
        Options = options;
        Clock = clock;
    }

    /// <summary>The options the server was started with.</summary>
    public WispGateMockServerOptions Options { get; }

    /// <summary>The server clock.</summary>
    public MockClock Clock { get; }

    /// <summary>The current state (a reset swaps it).</summary>
    public MockState State => (_store ?? throw new InvalidOperationException("The server is not started yet.")).Current;

    /// <summary>
    /// Announces events recorded outside a request or clock hook (background work such as workflow runs) to the event
    /// observers; call it outside any tenant lock.
    /// </summary>
    public void Publish(IReadOnlyList<DomainEvent> events) =>
        (_store ?? throw new InvalidOperationException("The server is not started yet.")).Publish(events);

    /// <summary>Connects the store once it is built (the seed needs the registry first).</summary>
    internal void Attach(MockStore store) => _store = store;

    /// <summary>
    /// Announces what a scope of background work (not a request, not a clock hook) recorded and asked for, once its
    /// change completed and the tenant's lock is released.
    /// </summary>
    public void Publish(TenantScope scope) =>
        (_store ?? throw new InvalidOperationException("The server is not started yet.")).Publish(scope.RecordedEvents, scope.RequestedWork);
}
