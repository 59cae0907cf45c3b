using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Telemetry;
using WireMock.RequestBuilders;
using WireMock.Server;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// What the resilience pipeline tells Polly's telemetry: the pipeline's name, the named client it belongs to and which
/// strategy acted (total timeout, retry, circuit breaker, attempt timeout), as an application's own
/// <see cref="TelemetryListener"/> and Polly's log lines see them; an application's <see cref="TelemetryOptions"/>
/// (severity rule, logger factory) is honoured, except that the per-attempt events stay at Debug.
/// </summary>
public sealed class ResilienceTelemetryTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_retry_is_reported_by_the_Retry_strategy_of_the_wispgate_pipeline_without_an_instance_name()
    {
        var events = new RecordingListener();
        using var setup = Setup.Start(services => services.Configure<TelemetryOptions>(telemetry => telemetry.TelemetryListeners.Add(events)));
        setup.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        events.Named("OnRetry").Should().ContainSingle().Which.Should().Be(new Source("wispgate", null, "Retry"));
    }

    [Fact]
    public async Task A_named_clients_events_carry_its_name_as_the_pipeline_instance()
    {
        var events = new RecordingListener();
        using var setup = Setup.Start(
            services => services.Configure<TelemetryOptions>(telemetry => telemetry.TelemetryListeners.Add(events)),
            clientName: "tenant-a");
        setup.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        events.Named("OnRetry").Should().ContainSingle().Which.Should().Be(new Source("wispgate", "tenant-a", "Retry"));
    }

    [Theory]
    [InlineData(10, null, "AttemptTimeout")] // the attempt's 10 s run out within the call's 30 s
    [InlineData(20, 5, "TotalTimeout")] // the call's own 5 s (per-call option) run out within the attempt's 20 s
    public async Task A_timeout_is_reported_by_the_strategy_whose_time_ran_out(int attemptTimeoutSeconds, int? callTimeoutSeconds, string strategy)
    {
        var events = new RecordingListener();
        var clock = new FakeTimeProvider();
        using var setup = Setup.Start(
            services => services.Configure<TelemetryOptions>(telemetry => telemetry.TelemetryListeners.Add(events)),
            options =>
            {
                options.MaxRetries = 0;
                options.Timeout = TimeSpan.FromSeconds(30);
                options.AttemptTimeout = TimeSpan.FromSeconds(attemptTimeoutSeconds);
            },
            clock);
        setup.Faults.Hang(SubscriberPath);
        var expiring = TimeSpan.FromSeconds(callTimeoutSeconds ?? attemptTimeoutSeconds);
        var perCall = callTimeoutSeconds is { } seconds ? new RequestOptions { Timeout = TimeSpan.FromSeconds(seconds) } : null;

        var call = setup.Client.Subscribers.GetAsync("sub_1", perCall, Ct);
        // The timeouts are armed before the request is sent: once it has arrived, moving the clock fires them.
        await Wait.UntilAsync(() => setup.Faults.Arrivals.Count == 1, "the attempt to arrive");
        clock.Advance(expiring);

        var failure = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.InnerException.Should().BeOfType<Polly.Timeout.TimeoutRejectedException>()
            .Which.Timeout.Should().Be(expiring);
        events.Named("OnTimeout").Should().ContainSingle().Which.Should().Be(new Source("wispgate", null, strategy));
    }

    [Fact]
    public async Task An_opened_circuit_is_reported_by_the_CircuitBreaker_strategy()
    {
        var events = new RecordingListener();
        using var setup = Setup.Start(
            services => services.Configure<TelemetryOptions>(telemetry => telemetry.TelemetryListeners.Add(events)),
            BreakAfterTwoFailures);
        setup.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));
        var get = () => setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await get.Should().ThrowAsync<WispGateServerException>();
        await get.Should().ThrowAsync<WispGateServerException>();

        events.Named("OnCircuitOpened").Should().ContainSingle().Which.Should().Be(new Source("wispgate", null, "CircuitBreaker"));
    }

    [Fact]
    public async Task An_applications_severity_rule_sets_the_level_of_Polly_events_but_retries_and_attempts_stay_at_Debug()
    {
        using var setup = Setup.Start(
            services => services.Configure<TelemetryOptions>(telemetry => telemetry.SeverityProvider = _ => ResilienceEventSeverity.Critical),
            options =>
            {
                BreakAfterTwoFailures(options);
                options.MaxRetries = 1;
            });
        setup.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));

        await FluentActions.Awaiting(() => setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct))
            .Should().ThrowAsync<WispGateException>();

        var polly = setup.Logs.GetSnapshot().Where(record => record.Category == "Polly").ToList();
        var opened = polly.Where(record => record.GetStructuredStateValue("EventName") == "OnCircuitOpened").ToList();
        opened.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Critical, "the application's rule is kept for other events");
        var retries = polly.Where(record => record.GetStructuredStateValue("EventName") == "OnRetry").ToList();
        retries.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug, "the SDK logs its own retry line");
        var attempts = polly.Where(record => record.Id.Name == "ExecutionAttempt").ToList();
        attempts.Should().HaveCount(2).And.OnlyContain(record => record.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task Without_an_application_rule_Polly_events_keep_their_own_severity()
    {
        using var setup = Setup.Start(configure: BreakAfterTwoFailures);
        setup.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));
        var get = () => setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await get.Should().ThrowAsync<WispGateServerException>();
        await get.Should().ThrowAsync<WispGateServerException>();

        setup.Logs.GetSnapshot()
            .Where(record => record.Category == "Polly" && record.GetStructuredStateValue("EventName") == "OnCircuitOpened")
            .Should().ContainSingle().Which.Level.Should().Be(LogLevel.Error, "Polly reports an opened circuit as an error");
    }

    [Fact]
    public async Task An_applications_own_logger_factory_receives_Polly_events_instead_of_the_containers()
    {
        using var ownLogs = new FakeLoggerProvider();
        using var ownFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(ownLogs));
        using var setup = Setup.Start(services => services.Configure<TelemetryOptions>(telemetry => telemetry.LoggerFactory = ownFactory));
        setup.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await setup.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        ownLogs.Collector.GetSnapshot().Should().Contain(record => record.Category == "Polly" && record.GetStructuredStateValue("EventName") == "OnRetry");
        setup.Logs.GetSnapshot().Should().NotContain(record => record.Category == "Polly");
        setup.Logs.GetSnapshot().Should().Contain(
            record => record.Category == WispGateDiagnostics.LoggerCategory && record.Id.Name == "RetryScheduled",
            "the SDK's own lines still go to the container's loggers");
    }

    private static void BreakAfterTwoFailures(WispGateClientOptions options)
    {
        options.MaxRetries = 0;
        options.CircuitBreaker.MinimumThroughput = 2;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    }

    /// <summary>Where a Polly event came from.</summary>
    private sealed record Source(string? Pipeline, string? Instance, string? Strategy);

    /// <summary>An application's telemetry listener: every Polly event of the pipelines built with these options.</summary>
    private sealed class RecordingListener : TelemetryListener
    {
        private readonly ConcurrentQueue<(string Event, Source Source)> _events = new();

        public IReadOnlyList<Source> Named(string eventName) =>
            _events.Where(entry => entry.Event == eventName).Select(entry => entry.Source).ToList();

        public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args) =>
            _events.Enqueue((args.Event.EventName, new Source(args.Source.PipelineName, args.Source.PipelineInstanceName, args.Source.StrategyName)));
    }

    /// <summary>
    /// A WireMock server and the SDK registered against it (unnamed, or by name) with fake logging, with room for the
    /// application's own service registrations (here: Polly's <see cref="TelemetryOptions"/>).
    /// </summary>
    private sealed class Setup : IDisposable
    {
        private Setup(WireMockServer server, NetworkFaults faults, ServiceProvider services, IWispGateClient client)
        {
            Server = server;
            Faults = faults;
            Services = services;
            Client = client;
        }

        public WireMockServer Server { get; }

        public NetworkFaults Faults { get; }

        public ServiceProvider Services { get; }

        public IWispGateClient Client { get; }

        public FakeLogCollector Logs => Services.GetFakeLogCollector();

        public static Setup Start(
            Action<IServiceCollection>? application = null,
            Action<WispGateClientOptions>? configure = null,
            TimeProvider? timeProvider = null,
            string? clientName = null)
        {
            var faults = new NetworkFaults();
            var server = SdkHarness.StartServer(faults);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddFakeLogging();
            if (timeProvider is not null)
            {
                services.AddSingleton(timeProvider);
            }

            application?.Invoke(services);
            void Options(WispGateClientOptions options)
            {
                SdkHarness.ConfigureForTests(options, server);
                configure?.Invoke(options);
            }

            if (clientName is null)
            {
                services.AddWispGate(Options);
            }
            else
            {
                services.AddWispGate(clientName, Options);
            }

            var provider = services.BuildServiceProvider();
            var client = clientName is null
                ? provider.GetRequiredService<IWispGateClient>()
                : provider.GetRequiredService<IWispGateClientFactory>().CreateClient(clientName);
            return new Setup(server, faults, provider, client);
        }

        public void Dispose()
        {
            Services.Dispose();
            Server.Stop();
            Server.Dispose();
        }
    }
}
