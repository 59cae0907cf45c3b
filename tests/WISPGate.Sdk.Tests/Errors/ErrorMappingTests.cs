using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Errors;

public sealed class ErrorMappingTests
{
    private const string SubscribersPath = "/api/v1/subscribers";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CreateSubscriberRequest s_jane = new() { ExternalId = "crm-23991", FullName = "Jane Doe", Status = SubscriberStatus.Prospect };

    public static TheoryData<int, string, Type> Families => new()
    {
        { 400, "missing_required_field", typeof(WispGateValidationException) },
        { 422, "validation_error", typeof(WispGateValidationException) },
        { 401, "unauthorized", typeof(WispGateAuthenticationException) },
        { 403, "insufficient_scope", typeof(WispGateAuthorizationException) },
        { 403, "tenant_forbidden", typeof(WispGateAuthorizationException) },
        { 404, "not_found", typeof(WispGateNotFoundException) },
        { 409, "invalid_state_transition", typeof(WispGateConflictException) },
        { 429, "rate_limited", typeof(WispGateRateLimitException) },
        { 500, "internal_error", typeof(WispGateServerException) },
        { 405, "method_not_allowed", typeof(WispGateApiException) },
        { 413, "payload_too_large", typeof(WispGateApiException) },
        { 415, "unsupported_media_type", typeof(WispGateApiException) },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Each_error_family_maps_to_its_exception_with_code_field_and_request_id(int status, string code, Type expected)
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(status, Json.Error(code, "It went wrong.", field: "full_name", requestId: "req_fam1")));

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Should().BeOfType(expected);
        failure.StatusCode.Should().Be((HttpStatusCode)status);
        failure.Code.Should().Be(code);
        failure.Field.Should().Be("full_name");
        failure.RequestId.Should().Be("req_fam1");
        failure.IdempotencyKey.Should().Be(harness.Requests.Single().Headers!["X-Idempotency-Key"].Single());
        failure.Message.Should().Contain("It went wrong.").And.Contain(code).And.Contain("req_fam1");
    }

    [Fact]
    public async Task The_seed_duplicate_error_becomes_a_conflict_exception()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(409, Json.SeedDuplicateError, requestId: "req_header_only"));

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var conflict = (await call.Should().ThrowAsync<WispGateConflictException>()).Which;
        conflict.Code.Should().Be("duplicate_subscriber");
        conflict.Field.Should().Be("external_id");
        conflict.Error.Message.Should().Be("A subscriber with the provided external_id already exists.");
        conflict.RequestId.Should().Be("req_19ba22", "the envelope's request id is the API's own");
        conflict.Details.Should().BeEmpty();
    }

    [Fact]
    public async Task A_validation_error_carries_its_details()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(422, Json.Error(
                "validation_error",
                "The request has invalid fields.",
                field: "email",
                details: """[{ "field": "email", "code": "invalid_format", "message": "Not an e-mail address." }, { "field": "address.postal_code", "code": "invalid_format", "message": "Not a postal code." }]""")));

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var invalid = (await call.Should().ThrowAsync<WispGateValidationException>()).Which;
        invalid.Details.Should().BeEquivalentTo(new[]
        {
            new ErrorDetail { Field = "email", Code = "invalid_format", Message = "Not an e-mail address." },
            new ErrorDetail { Field = "address.postal_code", Code = "invalid_format", Message = "Not a postal code." },
        });
    }

    [Fact]
    public async Task A_proxys_html_502_still_yields_a_clear_exception_with_the_status_and_an_excerpt()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Response.Create()
                .WithStatusCode(502)
                .WithHeader("Content-Type", "text/html")
                .WithBody("<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>" + new string(' ', 5000) + "</body></html>"));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateServerException>()).Which;
        failure.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        failure.Code.Should().Be("http_502");
        failure.Attempts.Should().Be(2);
        failure.Message.Should().Contain("502").And.Contain("text/html").And.Contain("<title>502 Bad Gateway</title>").And.Contain("after 2 attempts");
        failure.Message.Length.Should().BeLessThan(600, "only a short excerpt of the body is kept");
    }

    [Fact]
    public async Task An_empty_error_body_still_says_what_happened()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateNotFoundException>()).Which;
        failure.Code.Should().Be("http_404");
        failure.Message.Should().Contain("404").And.Contain("empty body");
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_is_reported_as_an_invalid_response()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>captive portal</html>"));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_success_envelope_without_data_is_reported_as_an_invalid_response()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, """{ "success": true, "meta": { "request_id": "req_nodata", "api_version": "v1" } }"""));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.RequestId.Should().Be("req_nodata");
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_transport_exception_after_the_retries()
    {
        // A socket bound to a free loopback port that never listens: connections are refused, and the port stays
        // ours for the test (a port just freed could be taken by another test meanwhile).
        using var refusing = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        refusing.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = WispGateClient.Create(new WispGateClientOptions
        {
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)refusing.LocalEndPoint!).Port}"),
            ApiToken = SdkHarness.Token,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        var call = () => client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.Attempts.Should().Be(3);
        failure.IdempotencyKey.Should().NotBeNullOrEmpty("retrying the same operation with this key is safe");
        failure.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_OperationCanceledException()
    {
        using var harness = SdkHarness.Start();
        harness.Faults.Hang($"{SubscribersPath}/sub_1");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => harness.Arrivals.Count == 1, "the request to arrive");
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        harness.Arrivals.Should().ContainSingle();
    }

    [Fact]
    public void Ids_are_checked_before_anything_is_sent()
    {
        using var harness = SdkHarness.Start();

        // Thrown synchronously, like any argument check, so the mistake points at the calling line.
        FluentActions.Invoking(() => { _ = harness.Client.Subscribers.GetAsync(" ", cancellationToken: Ct); })
            .Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => { _ = harness.Client.Subscribers.CreateAsync(null!, cancellationToken: Ct); })
            .Should().Throw<ArgumentNullException>().WithParameterName("request");
        harness.Arrivals.Should().BeEmpty();
    }
}
