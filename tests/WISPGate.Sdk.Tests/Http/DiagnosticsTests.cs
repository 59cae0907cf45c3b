using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

public sealed class DiagnosticsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_attempt_is_logged_with_method_route_status_attempt_duration_and_request_id()
    {
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers").UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_a1"),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber), requestId: "req_a2"));

        await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        var attempts = harness.SdkLogs.Where(record => record.Id.Name is "AttemptCompleted" or "AttemptFailedStatus").ToList();
        attempts.Should().HaveCount(2);
        attempts.Select(record => record.GetStructuredStateValue("Attempt")).Should().Equal("1", "2");
        attempts.Select(record => record.GetStructuredStateValue("StatusCode")).Should().Equal("503", "201");
        attempts.Select(record => record.GetStructuredStateValue("RequestId")).Should().Equal("req_a1", "req_a2");
        attempts.Should().OnlyContain(record =>
            record.GetStructuredStateValue("Method") == "POST"
            && record.GetStructuredStateValue("Route") == "/api/v1/subscribers"
            && record.GetStructuredStateValue("ElapsedMs") != null);
        attempts[0].Level.Should().Be(LogLevel.Warning);
        attempts[1].Level.Should().Be(LogLevel.Debug);
        harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "RetryScheduled");
    }

    [Fact]
    public async Task Each_retry_logs_one_warning_the_SDKs_own_and_Polly_only_at_debug()
    {
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers").UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_r1"),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber), requestId: "req_r2"));

        var created = await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        created.Attempts.Should().Be(2);
        var warnings = harness.Logs.GetSnapshot().Where(record => record.Level >= LogLevel.Warning).ToList();
        warnings.Should().ContainSingle("one retry is one warning");
        warnings.Should().OnlyContain(record => record.Category == WispGateDiagnostics.LoggerCategory && record.Id.Name == "AttemptFailedStatus");
        warnings.Select(record => record.GetStructuredStateValue("RequestId")).Should().Equal("req_r1");
        harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "RetryScheduled" && record.Level == LogLevel.Information);
        var polly = harness.Logs.GetSnapshot().Where(record => record.Category?.StartsWith("Polly", StringComparison.Ordinal) == true).ToList();
        polly.Should().NotBeEmpty("Polly's telemetry stays on, at Debug");
        polly.Should().OnlyContain(record => record.Level <= LogLevel.Debug);
    }

    [Fact]
    public async Task The_route_template_is_logged_not_the_ids()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_secretive_42").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_secretive_42"))));

        await harness.Client.Subscribers.GetAsync("sub_secretive_42", cancellationToken: Ct);

        harness.SdkLogs.Single().GetStructuredStateValue("Route").Should().Be("/api/v1/subscribers/{id}");
    }

    [Fact]
    public async Task One_span_per_call_carries_the_final_status_request_id_key_and_attempts()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WispGateDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var harness = SdkHarness.Start();
        var requestId = $"req_{Guid.NewGuid():N}";
        harness.Server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers").UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber, requestId), requestId));

        var created = await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        // Other tests run in parallel: pick this call's span by its request id.
        var span = spans.Should().ContainSingle(activity => (string?)activity.GetTagItem("wispgate.request_id") == requestId).Subject;
        span.DisplayName.Should().Be("POST /api/v1/subscribers");
        span.Kind.Should().Be(ActivityKind.Client);
        span.GetTagItem("http.response.status_code").Should().Be(201);
        span.GetTagItem("wispgate.attempts").Should().Be(2);
        span.GetTagItem("wispgate.idempotency_key").Should().Be(created.IdempotencyKey);
        span.Status.Should().NotBe(ActivityStatusCode.Error);
    }
}
