using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

public sealed class AuthenticationAndHeadersTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_request_carries_the_bearer_token_json_accept_and_the_sdk_user_agent()
    {
        using var harness = SdkHarness.Start(options => options.UserAgentSuffix = "acme-crm/2.3");
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var headers = harness.Requests.Single().Headers!;
        headers["Authorization"].Should().Equal($"Bearer {SdkHarness.Token}");
        headers["Accept"].Should().Equal("application/json");
        headers["User-Agent"].Single().Should().MatchRegex(@"^WISPGate\.Sdk/\d+\.\d+\.\d+\S* acme-crm/2\.3$");
    }

    [Fact]
    public async Task The_token_provider_is_asked_on_every_attempt_and_no_token_reaches_logs_or_messages()
    {
        var issued = 0;
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult($"rotating-secret-{Interlocked.Increment(ref issued)}");
        });
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_2").UsingGet())
            .RespondWith(Stubs.JsonResponse(401, Json.Error("unauthorized", "Unknown token.")));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        var failure = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_2", cancellationToken: Ct))
            .Should().ThrowAsync<WispGateAuthenticationException>();

        issued.Should().Be(3);
        harness.Requests.Select(request => request.Headers!["Authorization"].Single())
            .Should().Equal("Bearer rotating-secret-1", "Bearer rotating-secret-2", "Bearer rotating-secret-3");
        harness.Logs.Count.Should().BePositive();
        harness.AllLogText().Should().NotContain("rotating-secret");
        failure.Which.ToString().Should().NotContain("rotating-secret");
    }

    [Fact]
    public async Task The_static_token_never_reaches_logs_exceptions_or_option_summaries()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));
        harness.Faults.DropNext("/api/v1/subscribers/sub_2", count: 2);

        var server = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct))
            .Should().ThrowAsync<WispGateServerException>();
        var transport = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_2", cancellationToken: Ct))
            .Should().ThrowAsync<WispGateTransportException>();

        harness.AllLogText().Should().NotContain(SdkHarness.Token);
        server.Which.ToString().Should().NotContain(SdkHarness.Token);
        transport.Which.ToString().Should().NotContain(SdkHarness.Token);
        new WispGateClientOptions { ApiToken = SdkHarness.Token }.ToString().Should().NotContain(SdkHarness.Token);
    }

    [Fact]
    public async Task A_token_provider_that_fails_surfaces_its_own_exception()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => throw new InvalidOperationException("vault is sealed");
        });

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await call.Should().ThrowAsync<InvalidOperationException>().WithMessage("vault is sealed");
        harness.Arrivals.Should().BeEmpty();
    }

    [Fact]
    public async Task The_tenant_comes_from_options_and_a_call_can_override_it()
    {
        using var harness = SdkHarness.Start(options => options.TenantId = "tenant_demo_001");
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { TenantId = "tenant_other" }, Ct);

        harness.Requests.Select(request => request.Headers!["X-Tenant-ID"].Single())
            .Should().Equal("tenant_demo_001", "tenant_other");
    }

    [Fact]
    public async Task Without_a_tenant_no_tenant_header_is_sent()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        harness.Requests.Single().Headers!.Should().NotContainKey("X-Tenant-ID");
    }

    [Fact]
    public async Task Extra_headers_are_sent_on_every_attempt()
    {
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync(
            "sub_1", new RequestOptions { Headers = new Dictionary<string, string> { ["X-Request-ID"] = "crm-trace-42" } }, Ct);

        harness.Requests.Should().HaveCount(2).And.OnlyContain(request => request.Headers!["X-Request-ID"].Single() == "crm-trace-42");
    }

    [Fact]
    public async Task A_per_call_accept_header_replaces_the_sdk_default_instead_of_adding_a_second_value()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync(
            "sub_1", new RequestOptions { Headers = new Dictionary<string, string> { ["Accept"] = "application/problem+json" } }, Ct);

        harness.Requests.Single().Headers!["Accept"].Should().Equal("application/problem+json");
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("x-idempotency-key")]
    [InlineData("X-Tenant-ID")]
    [InlineData("Content-Type")]
    public async Task Headers_the_sdk_manages_cannot_be_set_per_call(string header)
    {
        using var harness = SdkHarness.Start();

        var call = () => harness.Client.Subscribers.GetAsync(
            "sub_1", new RequestOptions { Headers = new Dictionary<string, string> { [header] = "x" } }, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("RequestOptions.Headers").And.Contain(header);
        harness.Arrivals.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public async Task A_bad_idempotency_key_is_refused_before_sending(string key)
    {
        using var harness = SdkHarness.Start();

        var call = () => harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect },
            new RequestOptions { IdempotencyKey = key },
            Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("RequestOptions.IdempotencyKey");
        harness.Arrivals.Should().BeEmpty();
    }
}
