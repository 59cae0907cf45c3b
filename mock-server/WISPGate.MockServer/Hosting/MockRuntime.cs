using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Faults;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Seed;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The parts of one running mock server and how they are wired: the domain registry, the store built from the
/// seed, the clock, faults, rate limiter, idempotency cache and the pipeline in its fixed order.
/// </summary>
internal sealed class MockRuntime
{
    /// <summary>Builds the runtime; throws <see cref="InvalidDataException"/> for an unusable seed.</summary>
    public MockRuntime(WispGateMockServerOptions options)
    {
        Routes = RouteTable.Instance;
        Registry = new DomainRegistry(Routes);
        foreach (var module in DomainModules.Create())
        {
            module.Register(Registry);
        }

        Clock = new MockClock(options.TimeProvider);
        Seed = SeedLoader.Load(options.Seed, Registry, Clock);
        Store = new MockStore(Seed);
        foreach (var observer in Registry.EventObservers)
        {
            Store.EventRecorded += observer;
        }

        Faults = new FaultInjector();
        RateLimiter = new RateLimiter(options.RateLimitPerSecond, Clock);
        Idempotency = new IdempotencyCache(Clock);
        Clock.Advanced += RunClockHooks;

        // The order is the contract's precedence of errors; see README "Running the mock server".
        Pipeline = new RequestPipeline(
        [
            new RequestIdStep(),
            new RateLimitStep(RateLimiter),
            new FaultStep(Faults, Routes),
            new RoutingStep(Routes),
            new AuthStep(Store),
            new ContentStep(),
            new ValidationStep(),
            new IdempotencyStep(Idempotency),
            new HandlerStep(Registry.Handlers, Store, Clock),
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

    /// <summary>The rate limiter.</summary>
    public RateLimiter RateLimiter { get; }

    /// <summary>The idempotency cache.</summary>
    public IdempotencyCache Idempotency { get; }

    /// <summary>The request pipeline.</summary>
    public RequestPipeline Pipeline { get; }

    /// <summary>Back to the seed: data, clock offset, faults, idempotency keys and rate-limit windows.</summary>
    public void Reset()
    {
        Faults.Clear();
        Idempotency.Clear();
        RateLimiter.Clear();
        Clock.Reset();
        Store.Reset();
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

            Store.Publish(scope.RecordedEvents);
        }
    }
}
