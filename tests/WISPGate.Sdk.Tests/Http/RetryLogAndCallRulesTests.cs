using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// The retry log line's values (which attempt, after what, how long the wait), the per-call headers and tenant ids the
/// SDK refuses, and the argument check of <c>AsPages</c>.
/// </summary>
public sealed class RetryLogAndCallRulesTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_retry_after_an_error_status_logs_the_attempt_it_follows_and_the_status()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 2);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var retry = harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "RetryScheduled").Subject;
        retry.GetStructuredStateValue("Method").Should().Be("GET");
        retry.GetStructuredStateValue("Route").Should().Be("/api/v1/subscribers/{id}");
        retry.GetStructuredStateValue("Attempt").Should().Be("1");
        retry.GetStructuredStateValue("Outcome").Should().Be("HTTP 503");
    }

    [Fact]
    public async Task A_retry_after_a_dropped_connection_logs_the_exception_type()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 2);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        harness.Faults.DropNext(SubscriberPath);

        var answer = await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        answer.Attempts.Should().Be(2);
        harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "RetryScheduled")
            .Which.GetStructuredStateValue("Outcome").Should().Be(nameof(HttpRequestException));
    }

    [Fact]
    public async Task A_retry_after_a_429_logs_the_wait_the_server_asked_for()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.")).WithHeader("Retry-After", "1"),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var retry = harness.SdkLogs.Should().ContainSingle(record => record.Id.Name == "RetryScheduled").Subject;
        retry.GetStructuredStateValue("DelayMs").Should().Be("1000");
        retry.GetStructuredStateValue("Outcome").Should().Be("HTTP 429");
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("content-length")]
    public async Task Host_and_Content_Length_cannot_be_set_per_call(string header)
    {
        using var harness = SdkHarness.Start();

        var call = () => harness.Client.Subscribers.GetAsync(
            "sub_1", new RequestOptions { Headers = new Dictionary<string, string> { [header] = "evil.example" } }, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain($"may not set '{header}'");
        harness.Arrivals.Should().BeEmpty();
    }

    [Theory]
    [InlineData("tenant\u0007demo")]
    [InlineData("tenant_demo\n")]
    public async Task A_tenant_id_with_a_control_character_is_refused_before_sending(string tenantId)
    {
        using var harness = SdkHarness.Start();

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { TenantId = tenantId }, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("TenantId");
        harness.Arrivals.Should().BeEmpty();
    }

    [Fact]
    public void AsPages_of_no_sequence_names_the_argument()
    {
        FluentActions.Invoking(() => PagingExtensions.AsPages<string>(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("items");
    }
}
