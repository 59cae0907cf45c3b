using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Errors;

/// <summary>
/// Error mapping on the paths the family tests pass over: an unreadable answer after a retry, a <c>Retry-After</c> date
/// in the future, error bodies of a few and of many kilobytes, and requests sent around the SDK's methods.
/// </summary>
public sealed class ErrorMappingEdgeTests
{
    private const string SubscribersPath = "/api/v1/subscribers";
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unreadable_answer_after_a_retry_reports_both_attempts_the_latest_request_id_and_the_key()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscribersPath).UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_first"),
            Stubs.JsonResponse(201, """{ "success": true, "data": { "id": 42 } }""", requestId: "req_unreadable"));

        var call = () => harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.StatusCode.Should().Be(HttpStatusCode.Created);
        failure.Attempts.Should().Be(2);
        failure.RequestId.Should().Be("req_unreadable");
        failure.IdempotencyKey.Should().NotBeNullOrEmpty()
            .And.Be(harness.Requests.Last().Headers!["X-Idempotency-Key"].Single());
        failure.Message.Should().Contain("after 2 attempts");
    }

    [Fact]
    public async Task An_error_after_a_retry_reports_both_attempts()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(404, Json.Error("not_found", "No such subscriber.", requestId: "req_gone")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateNotFoundException>()).Which;
        failure.Attempts.Should().Be(2);
        failure.RequestId.Should().Be("req_gone");
    }

    [Fact]
    public async Task A_429_with_a_Retry_After_date_in_the_future_reports_the_wait_until_then()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down."))
                .WithHeader("Retry-After", DateTimeOffset.UtcNow.AddHours(1).ToString("R")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateRateLimitException>()).Which;
        // The header has whole seconds and the test takes some: about an hour, never more.
        failure.RetryAfter.Should().BeGreaterThan(TimeSpan.FromMinutes(55)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task An_error_envelope_of_several_kilobytes_is_read_whole()
    {
        var message = new string('x', 20_000);
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(404, Json.Error("not_found", message, requestId: "req_long")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateNotFoundException>()).Which;
        failure.Code.Should().Be("not_found");
        failure.Error.Message.Should().Be(message);
        failure.RequestId.Should().Be("req_long");
    }

    [Fact]
    public async Task An_error_body_beyond_64_KiB_is_cut_and_reported_as_a_foreign_body()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(404, Json.Error("not_found", new string('x', 70_000)), requestId: "req_huge"));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateNotFoundException>()).Which;
        failure.Code.Should().Be("http_404", "the envelope is cut at 64 KiB and no longer parses");
        failure.RequestId.Should().Be("req_huge");
        failure.Error.Message.Should().Contain("not a WISPGate error (application/json)").And.EndWith("…");
    }

    [Fact]
    public async Task A_request_sent_around_the_SDKs_methods_is_logged_with_its_path_as_the_route()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath("/api/v1/raw/thing_7").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("X-Request-ID", "req_raw").WithBody("down"));
        var http = harness.Services.GetRequiredService<IHttpClientFactory>().CreateClient("WISPGate.Sdk");

        using var response = await http.GetAsync(new Uri(new Uri(harness.Server.Url!), "/api/v1/raw/thing_7"), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var attempt = harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "AttemptFailedStatus").Subject;
        attempt.GetStructuredStateValue("Route").Should().Be("/api/v1/raw/thing_7");
        attempt.GetStructuredStateValue("RequestId").Should().Be("req_raw");
        attempt.GetStructuredStateValue("Attempt").Should().Be("1");
    }

    [Fact]
    public async Task An_error_answer_without_a_request_id_reports_the_one_an_earlier_attempt_was_given()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.", requestId: "req_in_body"), requestId: "req_first"),
            Response.Create().WithStatusCode(500).WithBody("proxy gave up"));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateServerException>()).Which;
        failure.Code.Should().Be("http_500");
        failure.RequestId.Should().Be("req_first", "the last request id the API gave this call is the one to quote");
        failure.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task An_unreadable_answer_without_a_request_id_reports_the_one_an_earlier_attempt_was_given()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_first"),
            Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{ "success": true, "data": { "id": 42 } }"""));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.RequestId.Should().Be("req_first");
        failure.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_429_after_a_retry_reports_both_attempts()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.", requestId: "req_429")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateRateLimitException>()).Which;
        failure.Attempts.Should().Be(2);
        failure.RequestId.Should().Be("req_429");
    }

    [Fact]
    public async Task A_foreign_error_body_in_UTF16_with_a_byte_order_mark_is_quoted_as_text()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Bad gateway from the proxy")).ToArray();
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "text/plain; charset=utf-16").WithBody(body));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateNotFoundException>()).Which;
        failure.Error.Message.Should().EndWith("(text/plain): Bad gateway from the proxy");
    }
}
