using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Seed;
using WISPGate.MockServer.Snapshots;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The parts of one running mock server and how they are wired: the domain registry, the store built from the
/// seed, the clock, faults, rate limiter, idempotency cache and the pipeline in its fixed order.
/// </summary>
internal sealed class MockRuntime : IAsyncDisposable
{
    private readonly ITimer? _clockHookTimer;

    /// <summary>Builds the runtime; throws <see cref="InvalidDataException"/> for an unusable seed.</summary>
    public MockRuntime(WispGateMockServerOptions options)
    {
        Routes = RouteTable.Instance;
        Clock = new MockClock(options.TimeProvider);
        var host = new DomainHost(options, Clock);
        Registry = new DomainRegistry(Routes, host);
        foreach (var module in DomainModules.Create())
        {
            module.Register(Registry);
        }

        Seed = SeedLoader.Load(options.Seed, Registry, Clock, StateSnapshots.Limits(options));
        Store = new MockStore(Seed);
        host.Attach(Store);
        foreach (var observer in Registry.EventObservers)
        {
            Store.EventRecorded += observer;
        }

        foreach (var (kind, observer) in Registry.WorkObservers)
        {
            Store.WorkRequested += request =>
            {
                if (request.Kind == kind)
                {
                    observer(request);
                }
            };
        }

        Faults = new FaultInjector();
        Requests = new RequestLog(options.MaxRequestLogCount);
        RateLimiter = new RateLimiter(options.RateLimitPerSecond, Clock);
        Idempotency = new IdempotencyCache(Clock, options.MaxLogEntriesPerTenant);
        StateSnapshots.Activate(this, Store.Current);
        Clock.Advanced += RunClockHooks;

        // Time also passes without Advance (the system clock, or a FakeTimeProvider moved by a test): due work such as
        // provisioning jobs then completes — and its events go out — without waiting for the next request. One shot,
        // re-armed after each run: a FakeTimeProvider moved a day ahead fires a periodic timer once for every interval it
        // skipped (345,600 runs), while one run of the hooks catches up with any amount of passed time.
        _clockHookTimer = Clock.CreateTimer(_ => RunClockHooksInBackground(), null, DomainRegistry.ClockHookInterval, Timeout.InfiniteTimeSpan);

        // The order is the contract's precedence of errors; see docs/mock-server.md, "What every request goes through".
        Pipeline = new RequestPipeline(
        [
            new RateLimitStep(RateLimiter),
            new FaultStep(Faults, Routes),
            new RoutingStep(Routes),
            new AuthStep(Store, Clock, Registry.TenantOptional),
            new ContentStep(),
            new ValidationStep(),
            new IdempotencyStep(Idempotency),
            new HandlerStep(Registry.Handlers, Registry.ClockHooks, Store, Clock),
        ]);
    }

    /// <summary>The contract's route table.</summary>
    public RouteTable Routes { get; }

    /// <summary>Handlers, seed collections and hooks of the domain modules.</summary>
    public DomainRegistry Registry { get; }

    /// <summary>The seed as a state factory.</summary>
    public Func<MockState> Seed { get; }

    /// <summary>The store.</summary>
    public MockStore Store { get; }

    /// <summary>The server clock.</summary>
    public MockClock Clock { get; }

    /// <summary>Pending faults.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The log of answered API requests.</summary>
    public RequestLog Requests { get; }

    /// <summary>The rate limiter.</summary>
    public RateLimiter RateLimiter { get; }

    /// <summary>The idempotency cache.</summary>
    public IdempotencyCache Idempotency { get; }

    /// <summary>The request pipeline.</summary>
    public RequestPipeline Pipeline { get; }

    /// <summary>
    /// Back to the seed: data, clock offset, faults, request log, idempotency keys and rate-limit windows (a snapshot
    /// seed's clock and idempotency records included).
    /// </summary>
    public void Reset()
    {
        Faults.Clear();
        Requests.Clear();
        Idempotency.Clear();
        RateLimiter.Clear();
        Clock.Reset();
        Store.Reset();
        StateSnapshots.Activate(this, Store.Current);
    }

    /// <summary>Stops the background work: the clock-hook timer, then the modules' stop hooks (webhook delivery).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_clockHookTimer is not null)
        {
            await _clockHookTimer.DisposeAsync();
        }

        foreach (var stop in Registry.StopHooks)
        {
            await stop();
        }
    }

    private void RunClockHooksInBackground()
    {
        try
        {
            RunClockHooks();
        }
#pragma warning disable CA1031 // A timer callback must not take the process down; the next tick or request retries the work.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        try
        {
            // Null only if an injected clock fired during construction; the next request still runs the hooks.
            _clockHookTimer?.Change(DomainRegistry.ClockHookInterval, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The server is stopping.
        }
    }

    private void RunClockHooks()
    {
        if (Registry.ClockHooks.Count == 0)
        {
            return;
        }

        var state = Store.Current;
        foreach (var tenant in state.Tenants.Values)
        {
            var scope = new TenantScope(state, tenant, Clock);
            lock (tenant.Gate)
            {
                foreach (var hook in Registry.ClockHooks)
                {
                    hook(scope);
                }
            }

            Store.Publish(scope.RecordedEvents, scope.RequestedWork);
        }
    }
}
