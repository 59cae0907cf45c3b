using System.Net;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Errors;

/// <summary>
/// What an exception tells the caller beyond its type: the request id and excerpt of a foreign error body, the
/// message of each failure kind, and the fields of an error envelope that is only half there.
/// </summary>
public sealed class ErrorDetailsTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TException> FailureOf<TException>(SdkHarness harness)
        where TException : Exception
    {
        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        return (await call.Should().ThrowAsync<TException>()).Which;
    }

    [Fact]
    public async Task A_foreign_error_body_takes_its_request_id_from_the_X_Request_ID_header()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("X-Request-ID", "req_from_header").WithBody("upstream down"));

        var failure = await FailureOf<WispGateServerException>(harness);

        failure.RequestId.Should().Be("req_from_header");
        failure.Message.Should().Contain("request req_from_header");
    }

    [Fact]
    public async Task The_excerpt_of_a_foreign_body_collapses_whitespace()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "text/plain").WithBody("bad\n\n   request\t here  "));

        var failure = await FailureOf<WispGateValidationException>(harness);

        failure.Code.Should().Be("http_400");
        failure.Error.Message.Should().Be("The API answered 400 Bad Request with a body that is not a WISPGate error (text/plain): bad request here");
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public async Task The_excerpt_keeps_200_characters_and_marks_a_cut(int length, bool cut)
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "text/plain").WithBody(new string('x', length)));

        var failure = await FailureOf<WispGateValidationException>(harness);

        var excerpt = failure.Error.Message[(failure.Error.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..];
        excerpt.Should().Be(cut ? new string('x', 200) + "…" : new string('x', 200));
    }

    [Fact]
    public async Task A_foreign_body_without_a_content_type_says_so()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(418).WithBody(new byte[] { (byte)'n', (byte)'o', (byte)'p', (byte)'e' }));

        var failure = await FailureOf<WispGateApiException>(harness);

        failure.GetType().Should().Be<WispGateApiException>("418 belongs to no family");
        failure.Code.Should().Be("http_418");
        failure.Error.Message.Should().Contain("(no content type): nope");
    }

    [Theory]
    [InlineData("""{ "success": false, "error": { "code": "not_found" }, "meta": { "request_id": "req_half" } }""")]
    [InlineData("""{ "success": false, "error": { "message": "Gone." }, "meta": { "request_id": "req_half" } }""")]
    [InlineData("""{ "success": false, "meta": { "request_id": "req_half" } }""")]
    [InlineData("""[1, 2, 3]""")]
    public async Task An_error_envelope_without_code_and_message_is_treated_as_a_foreign_body(string body)
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(404, body, requestId: "req_header"));

        var failure = await FailureOf<WispGateNotFoundException>(harness);

        failure.Code.Should().Be("http_404");
        failure.RequestId.Should().Be("req_header", "only a complete envelope's request id replaces the header's");
        failure.Error.Message.Should().Contain("not a WISPGate error (application/json)");
    }

    [Fact]
    public async Task An_unreadable_success_body_names_the_status_and_keeps_the_parser_error()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, """{ "success": true, "data": { "id": 42 } }""", requestId: "req_unreadable"));

        var failure = await FailureOf<WispGateApiException>(harness);

        failure.StatusCode.Should().Be(HttpStatusCode.OK);
        failure.Code.Should().Be("invalid_response");
        failure.RequestId.Should().Be("req_unreadable");
        failure.Attempts.Should().Be(1);
        failure.InnerException.Should().BeOfType<JsonException>();
        failure.Error.Message.Should().StartWith("The API's 200 answer could not be read as the expected JSON: ");
    }

    [Fact]
    public async Task A_429_with_a_Retry_After_date_in_the_past_reports_no_wait()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down."))
                .WithHeader("Retry-After", DateTimeOffset.UtcNow.AddHours(-1).ToString("R")));

        var failure = await FailureOf<WispGateRateLimitException>(harness);

        failure.RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_429_without_Retry_After_reports_none_and_carries_the_rate_limit_window()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down."))
                .WithHeader("RateLimit-Limit", "100").WithHeader("RateLimit-Remaining", "0").WithHeader("RateLimit-Reset", "7"));

        var failure = await FailureOf<WispGateRateLimitException>(harness);

        failure.RetryAfter.Should().BeNull();
        failure.RateLimit.Should().Be(new WispGateRateLimit(100, 0, TimeSpan.FromSeconds(7)));
    }

    [Fact]
    public async Task A_connection_failure_says_which_call_failed_after_how_many_attempts()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Faults.DropNext(SubscriberPath, count: 2);

        var failure = await FailureOf<WispGateTransportException>(harness);

        failure.Attempts.Should().Be(2);
        failure.Message.Should().StartWith("WISPGate GET /api/v1/subscribers/{id} failed after 2 attempt(s): the connection failed. ");
    }

    [Fact]
    public async Task A_timed_out_call_says_it_timed_out()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.MaxRetries = 0;
            options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        });
        harness.Faults.Hang(SubscriberPath);

        var failure = await FailureOf<WispGateTransportException>(harness);

        failure.Attempts.Should().Be(1);
        failure.Message.Should().StartWith("WISPGate GET /api/v1/subscribers/{id} failed after 1 attempt(s): it timed out. ");
    }

    [Fact]
    public void The_message_names_the_status_code_field_request_and_attempts_that_are_known()
    {
        var error = new ApiError { Code = "duplicate_subscriber", Message = "Already there.", Field = "external_id" };

        new WispGateConflictException(HttpStatusCode.Conflict, error, "req_1", attempts: 3).Message
            .Should().Be("Already there. (HTTP 409 duplicate_subscriber, field 'external_id', request req_1, after 3 attempts)");
        new WispGateConflictException(HttpStatusCode.Conflict, error with { Field = null }).Message
            .Should().Be("Already there. (HTTP 409 duplicate_subscriber)", "one attempt, no field and no request id add nothing");
    }

    [Fact]
    public void Details_are_empty_rather_than_null_when_the_error_has_none()
    {
        var failure = new WispGateApiException(HttpStatusCode.MethodNotAllowed, new ApiError { Code = "method_not_allowed", Message = "No." });

        failure.Details.Should().NotBeNull().And.BeEmpty();
        failure.Field.Should().BeNull();
        failure.Attempts.Should().Be(1);
    }

    [Fact]
    public void An_exception_built_in_a_test_without_an_error_object_is_refused_by_name()
    {
        // Callers build these exceptions to fake a failing mocked client; a missing error is their mistake, named as such.
        FluentActions.Invoking(() => new WispGateApiException(HttpStatusCode.Conflict, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("error");
        FluentActions.Invoking(() => new WispGateConflictException(HttpStatusCode.Conflict, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("error");
    }
}
