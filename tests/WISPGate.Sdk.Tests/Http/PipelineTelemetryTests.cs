using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.Server;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// The attempt log lines and the call span on the paths the area tests pass over: a cancelled attempt, a dropped
/// connection, an error status, a logger that lets only some levels through, and a process that listens to one
/// instrument only. Durations are read from the container's clock, which here moves a fixed step per reading.
/// </summary>
public sealed class PipelineTelemetryTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private const string SubscriberRoute = "/api/v1/subscribers/{id}";
    private static readonly TimeSpan s_step = TimeSpan.FromMilliseconds(250);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cancelled_attempt_is_logged_at_information_with_route_attempt_and_elapsed_time()
    {
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace));
        client.Faults.Hang(SubscriberPath);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = client.Client.Subscribers.GetAsync("sub_1", cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => client.Faults.Arrivals.Count == 1, "the request to arrive");
        await cancellation.CancelAsync();
        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();

        var cancelled = client.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptCancelled").Subject;
        cancelled.Level.Should().Be(LogLevel.Information);
        cancelled.GetStructuredStateValue("Method").Should().Be("GET");
        cancelled.GetStructuredStateValue("Route").Should().Be(SubscriberRoute);
        cancelled.GetStructuredStateValue("Attempt").Should().Be("1");
        ElapsedMsOf(cancelled).Should().BePositive("the attempt's duration is read from the container's clock");
        client.SdkLogs.Should().NotContain(record => record.Id.Name == "AttemptFailed", "a cancellation is not a failure");
    }

    [Fact]
    public async Task A_dropped_connection_is_logged_as_a_warning_with_the_exception_route_attempt_and_elapsed_time()
    {
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace), options => options.MaxRetries = 0);
        client.Faults.DropNext(SubscriberPath);

        var call = () => client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await call.Should().ThrowAsync<WispGateTransportException>();

        var failed = client.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptFailed").Subject;
        failed.Level.Should().Be(LogLevel.Warning);
        failed.Exception.Should().BeOfType<HttpRequestException>();
        failed.GetStructuredStateValue("Method").Should().Be("GET");
        failed.GetStructuredStateValue("Route").Should().Be(SubscriberRoute);
        failed.GetStructuredStateValue("Attempt").Should().Be("1");
        ElapsedMsOf(failed).Should().BePositive();
        client.SdkLogs.Should().NotContain(record => record.Id.Name == "AttemptCancelled");
    }

    [Fact]
    public async Task An_answered_attempt_reports_its_duration_on_the_containers_clock()
    {
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace));
        client.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1")), requestId: "req_timed"));

        await client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var completed = client.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptCompleted").Subject;
        completed.Level.Should().Be(LogLevel.Debug);
        completed.GetStructuredStateValue("RequestId").Should().Be("req_timed");
        var elapsed = ElapsedMsOf(completed);
        elapsed.Should().BePositive();
        (elapsed % (long)s_step.TotalMilliseconds).Should().Be(0, "the clock only moves in steps of 250 ms");
    }

    [Fact]
    public async Task With_only_warnings_on_a_failed_status_is_still_timed_and_a_success_is_not_logged()
    {
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Warning));
        client.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_w1"),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1")), requestId: "req_w2"));

        await client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var warning = client.SdkLogs.Should().ContainSingle().Subject;
        warning.Id.Name.Should().Be("AttemptFailedStatus");
        warning.Level.Should().Be(LogLevel.Warning);
        warning.GetStructuredStateValue("StatusCode").Should().Be("503");
        warning.GetStructuredStateValue("RequestId").Should().Be("req_w1");
        ElapsedMsOf(warning).Should().BePositive("the warning's attempt was timed although Debug and Information are off");
    }

    [Fact]
    public async Task With_only_debug_on_a_success_is_logged_and_timed()
    {
        using var client = TelemetryClient.Start(logging => logging.AddFilter((_, level) => level == LogLevel.Debug));
        client.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var completed = client.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptCompleted").Subject;
        ElapsedMsOf(completed).Should().BePositive();
    }

    [Fact]
    public async Task With_only_information_on_a_cancelled_attempt_is_still_timed()
    {
        using var client = TelemetryClient.Start(logging => logging.AddFilter((_, level) => level == LogLevel.Information));
        client.Faults.Hang(SubscriberPath);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = client.Client.Subscribers.GetAsync("sub_1", cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => client.Faults.Arrivals.Count == 1, "the request to arrive");
        await cancellation.CancelAsync();
        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();

        var cancelled = client.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptCancelled").Subject;
        ElapsedMsOf(cancelled).Should().BePositive();
    }

    [Fact]
    public async Task The_span_of_an_error_status_carries_every_tag_and_the_error_status()
    {
        using var spans = new SpanCollector();
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace));
        client.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(404, Json.Error("not_found", "No such subscriber."), requestId: "req_404"));

        var call = () => client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await call.Should().ThrowAsync<WispGateNotFoundException>();

        var span = spans.Single();
        span.DisplayName.Should().Be($"GET {SubscriberRoute}");
        span.GetTagItem("http.request.method").Should().Be("GET");
        span.GetTagItem("url.template").Should().Be(SubscriberRoute);
        span.GetTagItem("server.address").Should().Be("127.0.0.1");
        span.GetTagItem("http.response.status_code").Should().Be(404);
        span.GetTagItem("error.type").Should().Be("404");
        span.GetTagItem("wispgate.request_id").Should().Be("req_404");
        span.GetTagItem("wispgate.attempts").Should().Be(1);
        span.GetTagItem("wispgate.idempotency_key").Should().BeNull("a GET carries no automatic key");
        span.Status.Should().Be(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task The_span_of_a_call_without_an_answer_names_the_exception_and_has_no_status_code()
    {
        using var spans = new SpanCollector();
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace), options => options.MaxRetries = 1);
        client.Faults.DropNext(SubscriberPath, count: 2);

        var call = () => client.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;

        var span = spans.Single();
        span.GetTagItem("error.type").Should().Be(typeof(HttpRequestException).FullName);
        span.GetTagItem("http.response.status_code").Should().BeNull();
        span.GetTagItem("wispgate.attempts").Should().Be(2);
        span.GetTagItem("url.template").Should().Be(SubscriberRoute);
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.StatusDescription.Should().NotBeNullOrEmpty().And.Be(failure.InnerException!.Message);
    }

    [Fact]
    public async Task A_call_without_an_answer_is_measured_with_its_exception_type_and_no_status_code()
    {
        using var duration = new MetricCollector<double>(null, WispGateDiagnostics.MeterName, "wispgate.client.operation.duration");
        using var attempts = new MetricCollector<int>(null, WispGateDiagnostics.MeterName, "wispgate.client.attempts");
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Trace), options => options.MaxRetries = 1);
        client.Faults.DropNext("/api/v1/subscribers/sub_metrics_dropped", count: 2);

        var call = () => client.Client.Subscribers.GetAsync("sub_metrics_dropped", cancellationToken: Ct);
        await call.Should().ThrowAsync<WispGateTransportException>();

        // Other tests measure in parallel: only a transport failure of getSubscriber has this error type.
        duration.GetMeasurementSnapshot().Should().Contain(m => Dropped(m.Tags)
            && !m.Tags.ContainsKey("http.response.status_code")
            && Equals(m.Tags.GetValueOrDefault("url.template"), SubscriberRoute)
            && Equals(m.Tags.GetValueOrDefault("http.request.method"), "GET"));
        attempts.GetMeasurementSnapshot().Should().Contain(m => Dropped(m.Tags) && m.Value == 2);
    }

    [Theory]
    [InlineData("wispgate.client.attempts")]
    [InlineData("wispgate.client.operation.duration")]
    public async Task A_call_is_measured_when_only_one_instrument_is_listened_to(string instrument)
    {
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        var seen = new ConcurrentQueue<string>();
        listener.InstrumentPublished = (published, meterListener) =>
        {
            if (published.Meter.Name == WispGateDiagnostics.MeterName && published.Name == instrument)
            {
                meterListener.EnableMeasurementEvents(published);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, _, tags, _) => seen.Enqueue(OperationOf(tags)));
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => seen.Enqueue(OperationOf(tags)));
        listener.Start();
        using var client = TelemetryClient.Start(logging => logging.SetMinimumLevel(LogLevel.Warning));
        client.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_one_instrument").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_one_instrument"))));

        await client.Client.Subscribers.GetAsync("sub_one_instrument", cancellationToken: Ct);

        seen.Should().Contain("getSubscriber");
    }

    private static bool Dropped(IReadOnlyDictionary<string, object?> tags) =>
        Equals(tags.GetValueOrDefault("wispgate.operation"), "getSubscriber")
        && Equals(tags.GetValueOrDefault("error.type"), typeof(HttpRequestException).FullName);

    private static string OperationOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "wispgate.operation")
            {
                return tag.Value as string ?? "";
            }
        }

        return "";
    }

    private static long ElapsedMsOf(FakeLogRecord record) =>
        long.Parse(record.GetStructuredStateValue("ElapsedMs")!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A clock whose timestamp moves one fixed step at every reading (wall-clock time and timers are the system's).</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, s_step.Ticks);
    }

    /// <summary>
    /// The SDK's spans started under this test's own root activity (other tests' spans, in parallel, have other roots).
    /// </summary>
    private sealed class SpanCollector : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _spans = new();
        private readonly ActivityListener _listener;
        private readonly Activity _root;

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == WispGateDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _spans.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
            _root = new Activity(nameof(PipelineTelemetryTests)).Start();
        }

        public Activity Single() => _spans.Where(span => span.TraceId == _root.TraceId).Should().ContainSingle().Subject;

        public void Dispose()
        {
            _root.Dispose();
            _listener.Dispose();
        }
    }

    /// <summary>The SDK against a WireMock server, with a chosen log filter and the stepping clock.</summary>
    private sealed class TelemetryClient : IDisposable
    {
        private TelemetryClient(WireMockServer server, NetworkFaults faults, ServiceProvider services)
        {
            Server = server;
            Faults = faults;
            Services = services;
        }

        public WireMockServer Server { get; }

        public NetworkFaults Faults { get; }

        public ServiceProvider Services { get; }

        public IWispGateClient Client => Services.GetRequiredService<IWispGateClient>();

        public IReadOnlyList<FakeLogRecord> SdkLogs =>
            Services.GetFakeLogCollector().GetSnapshot().Where(record => record.Category == WispGateDiagnostics.LoggerCategory).ToList();

        public static TelemetryClient Start(Action<ILoggingBuilder> logging, Action<WispGateClientOptions>? configure = null)
        {
            var faults = new NetworkFaults();
            var server = SdkHarness.StartServer(faults);
            var services = new ServiceCollection();
            services.AddLogging(logging);
            services.AddFakeLogging();
            services.AddSingleton<TimeProvider>(new SteppingClock());
            services.AddWispGate(options =>
            {
                SdkHarness.ConfigureForTests(options, server);
                configure?.Invoke(options);
            });
            return new TelemetryClient(server, faults, services.BuildServiceProvider());
        }

        public void Dispose()
        {
            Services.Dispose();
            Server.Stop();
            Server.Dispose();
        }
    }
}
