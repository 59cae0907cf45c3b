using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// Edges of the call path that the area tests pass over: what a token provider may return, which calls carry a key,
/// what the answer of a retried call reports, how a query is escaped and when paging stops.
/// </summary>
public sealed class CallPipelineEdgeTests
{
    private const string SubscribersPath = "/api/v1/subscribers";
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CreateSubscriberRequest s_jane = new() { ExternalId = "crm-1", FullName = "Jane Doe", Status = SubscriberStatus.Prospect };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("tab\there")]
    public async Task A_token_provider_that_returns_no_usable_token_fails_before_sending(string? token)
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult(token!);
        });

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await call.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ApiTokenProvider returned no token*");
        harness.Arrivals.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provided_token_is_sent_as_a_bearer_token()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult("wg_test_from_vault");
        });
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        harness.Requests.Single().Headers!["Authorization"].Should().Equal("Bearer wg_test_from_vault");
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("  acme-crm/2.3 ", " acme-crm/2.3")]
    public async Task The_user_agent_is_the_sdks_with_the_trimmed_suffix_if_any(string? suffix, string expectedTail)
    {
        using var harness = SdkHarness.Start(options => options.UserAgentSuffix = suffix);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        harness.Requests.Single().Headers!["User-Agent"].Single().Should().Be($"WISPGate.Sdk/{WispGateDiagnostics.Version}{expectedTail}");
    }

    [Fact]
    public async Task A_callers_key_is_sent_on_any_method_but_automatic_keys_only_on_POST()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(204));

        var get = await harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { IdempotencyKey = "key-get-1" }, Ct);
        var delete = await harness.Client.Subscribers.DeleteAsync("sub_1", cancellationToken: Ct);

        get.IdempotencyKey.Should().Be("key-get-1");
        delete.IdempotencyKey.Should().BeNull();
        harness.Requests.Single(request => request.Method == "GET").Headers!["X-Idempotency-Key"].Should().Equal("key-get-1");
        harness.Requests.Single(request => request.Method == "DELETE").Headers!.Should().NotContainKey("X-Idempotency-Key");
    }

    [Fact]
    public async Task With_automatic_keys_off_a_POST_goes_without_a_key()
    {
        using var harness = SdkHarness.Start(options => options.AutomaticIdempotencyKeys = false);
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.Subscriber("sub_1"))));

        var created = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        created.IdempotencyKey.Should().BeNull();
        harness.Requests.Single().Headers!.Should().NotContainKey("X-Idempotency-Key");
    }

    [Fact]
    public async Task A_replay_marker_is_read_whatever_its_case_and_only_when_true()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost().WithHeader("X-Idempotency-Key", "key-replayed"))
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.Subscriber("sub_1"))).WithHeader("X-Idempotent-Replayed", "TRUE"));
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost().WithHeader("X-Idempotency-Key", "key-fresh"))
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.Subscriber("sub_2"))).WithHeader("X-Idempotent-Replayed", "false"));

        var replayed = await harness.Client.Subscribers.CreateAsync(s_jane, new RequestOptions { IdempotencyKey = "key-replayed" }, Ct);
        var fresh = await harness.Client.Subscribers.CreateAsync(s_jane, new RequestOptions { IdempotencyKey = "key-fresh" }, Ct);

        replayed.IdempotentReplayed.Should().BeTrue();
        fresh.IdempotentReplayed.Should().BeFalse();
    }

    [Fact]
    public async Task A_retried_call_keeps_the_request_id_and_rate_limit_of_an_earlier_answer_when_the_last_has_none()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingDelete(),
            Response.Create().WithStatusCode(503).WithHeader("X-Request-ID", "req_first")
                .WithHeader("RateLimit-Limit", "100").WithHeader("RateLimit-Remaining", "41").WithHeader("RateLimit-Reset", "30"),
            Response.Create().WithStatusCode(204));

        var answer = await harness.Client.Subscribers.DeleteAsync("sub_1", cancellationToken: Ct);

        answer.Attempts.Should().Be(2);
        answer.RequestId.Should().Be("req_first");
        answer.RateLimit.Should().Be(new WispGateRateLimit(100, 41, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Query_names_and_values_are_escaped_and_joined_with_ampersands()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], null, hasMore: false)));

        await harness.Client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 5, Cursor = "a b&c=d/é" }, cancellationToken: Ct);

        var request = harness.Requests.Single();
        request.AbsolutePath.Should().Be(SubscribersPath);
        request.RawQuery.Should().Be("?limit=5&cursor=a%20b%26c%3Dd%2F%C3%A9");
    }

    [Fact]
    public async Task A_page_without_pagination_has_no_next_page_and_its_own_size_as_limit()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, $$"""{ "success": true, "data": [{{Json.Subscriber("sub_1")}}, {{Json.Subscriber("sub_2")}}], "meta": { "request_id": "req_nopage" } }"""));

        var page = await harness.Client.Subscribers.ListAsync(cancellationToken: Ct);

        page.HasMore.Should().BeFalse();
        page.NextCursor.Should().BeNull();
        page.Limit.Should().Be(2);
        page.RequestId.Should().Be("req_nopage");
        page.Select(subscriber => subscriber.Id).Should().Equal("sub_1", "sub_2");
    }

    [Fact]
    public async Task A_list_envelope_without_data_is_an_invalid_response()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, """{ "success": true, "meta": { "request_id": "req_nolist" } }"""));

        var call = () => harness.Client.Subscribers.ListAsync(cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WISPGate.Sdk.Errors.WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.RequestId.Should().Be("req_nolist");
    }

    [Fact]
    public async Task ListAllAsync_stops_when_the_server_says_more_but_gives_no_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], "", hasMore: true)));

        var ids = new List<string>();
        await foreach (var subscriber in harness.Client.Subscribers.ListAllAsync(cancellationToken: Ct))
        {
            ids.Add(subscriber.Id);
        }

        ids.Should().Equal("sub_1");
        harness.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task ListAllAsync_stops_at_a_page_that_says_no_more_even_with_a_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet().WithParam("cursor", new ExactMatcher("cur_2")))
            .AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_2")], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .AtPriority(2)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], "cur_2", hasMore: false)));

        var ids = new List<string>();
        await foreach (var subscriber in harness.Client.Subscribers.ListAllAsync(cancellationToken: Ct))
        {
            ids.Add(subscriber.Id);
        }

        ids.Should().Equal("sub_1");
        harness.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task ListAllAsync_starts_at_the_given_cursor_and_each_enumeration_starts_again()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet().WithParam("cursor", new ExactMatcher("cur_start")))
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_7")], null, hasMore: false)));

        var all = harness.Client.Subscribers.ListAllAsync(new SubscriberListOptions { Cursor = "cur_start" }, cancellationToken: Ct);
        var first = new List<string>();
        await foreach (var subscriber in all)
        {
            first.Add(subscriber.Id);
        }

        var second = new List<string>();
        await foreach (var subscriber in all)
        {
            second.Add(subscriber.Id);
        }

        first.Should().Equal("sub_7");
        second.Should().Equal("sub_7");
        harness.Requests.Should().HaveCount(2).And.OnlyContain(request => request.Query!["cursor"].Single() == "cur_start");
    }

    [Fact]
    public void Query_parameters_spell_false_and_long_numbers_and_skip_empty_lists()
    {
        var query = new QueryParameters();
        query.Add("overdue", false);
        query.Add("amount_max", 12_000_000_000L);
        query.Add("statuses", (IReadOnlyCollection<ServiceStatus>)[]);
        query.Add("services", (IReadOnlyCollection<ServiceStatus>?)null);
        query.Add("empty_text", "");

        query.Values.Should().Equal(new Dictionary<string, string> { ["overdue"] = "false", ["amount_max"] = "12000000000" });
    }

    [Fact]
    public void A_page_enumerates_its_items_in_order()
    {
        var page = new Page<string>(["a", "b", "c"], nextCursor: "cur", hasMore: true, limit: 3);

        page.Should().Equal("a", "b", "c");
        ((System.Collections.IEnumerable)page).Cast<string>().Should().Equal("a", "b", "c");
        page.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }
}
