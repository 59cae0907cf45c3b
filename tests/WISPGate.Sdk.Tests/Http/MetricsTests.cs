using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// The <c>WISPGate.Sdk</c> meter: one duration and one attempt count per call, tagged with the operation, method, route
/// template and outcome. (The collectors see every client in the process: the assertions look for this call's measurement.)
/// </summary>
public sealed class MetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_records_its_duration_and_attempts_with_operation_route_and_status()
    {
        using var duration = new MetricCollector<double>(null, WispGateDiagnostics.MeterName, "wispgate.client.operation.duration");
        using var attempts = new MetricCollector<int>(null, WispGateDiagnostics.MeterName, "wispgate.client.attempts");
        using var harness = SdkHarness.Start(options => options.MaxRetries = 2);
        harness.Server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers/sub_metrics").UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_metrics"))));

        await harness.Client.Subscribers.GetAsync("sub_metrics", cancellationToken: Ct);

        duration.GetMeasurementSnapshot().Should().Contain(m =>
            Equals(m.Tags.GetValueOrDefault("wispgate.operation"), "getSubscriber") && Equals(m.Tags.GetValueOrDefault("url.template"), "/api/v1/subscribers/{id}")
            && Equals(m.Tags.GetValueOrDefault("http.request.method"), "GET") && Equals(m.Tags.GetValueOrDefault("http.response.status_code"), 200)
            && !m.Tags.ContainsKey("error.type") && m.Value > 0);
        attempts.GetMeasurementSnapshot().Should().Contain(m => m.Value == 2 && Equals(m.Tags.GetValueOrDefault("wispgate.operation"), "getSubscriber") && Equals(m.Tags.GetValueOrDefault("http.response.status_code"), 200),
            "the call took two attempts: a 503, then the answer");
    }

    [Fact]
    public async Task A_failed_call_records_its_error_type()
    {
        using var duration = new MetricCollector<double>(null, WispGateDiagnostics.MeterName, "wispgate.client.operation.duration");
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_gone").UsingGet())
            .RespondWith(Stubs.JsonResponse(404, Json.Error("not_found", "No such subscriber.")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_gone", cancellationToken: Ct);
        await call.Should().ThrowAsync<WispGateNotFoundException>();

        duration.GetMeasurementSnapshot().Should().Contain(m =>
            Equals(m.Tags.GetValueOrDefault("wispgate.operation"), "getSubscriber") && Equals(m.Tags.GetValueOrDefault("http.response.status_code"), 404) && Equals(m.Tags.GetValueOrDefault("error.type"), "404"));
    }
}
