using WireMock.Matchers;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Paging;

public sealed class PagingTests
{
    private const string SubscribersPath = "/api/v1/subscribers";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_returns_one_page_and_sends_the_filters_as_flat_query_parameters()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_2"), Json.Subscriber("sub_1")], "cur_2", hasMore: true, limit: 2, requestId: "req_page")));

        var page = await harness.Client.Subscribers.ListAsync(
            new SubscriberListOptions
            {
                Limit = 2,
                Cursor = "cur_1",
                Status = [SubscriberStatus.Active, SubscriberStatus.Suspended],
                ExternalId = "crm-23991",
                Search = "Jane Doe",
                CreatedAfter = new DateTimeOffset(2026, 4, 1, 8, 30, 0, TimeSpan.FromHours(2)),
            },
            cancellationToken: Ct);

        page.Items.Select(subscriber => subscriber.Id).Should().Equal("sub_2", "sub_1");
        page.NextCursor.Should().Be("cur_2");
        page.HasMore.Should().BeTrue();
        page.Limit.Should().Be(2);
        page.RequestId.Should().Be("req_page");
        var query = harness.Requests.Single().Query!;
        query["limit"].Should().Equal("2");
        query["cursor"].Should().Equal("cur_1");
        query["status"].Should().Equal("active,suspended");
        query["external_id"].Should().Equal("crm-23991");
        query["q"].Should().Equal("Jane Doe");
        query["created_after"].Should().Equal("2026-04-01T06:30:00Z");
        query.Should().NotContainKey("created_before");
    }

    [Fact]
    public async Task ListAsync_without_options_sends_no_query()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([], null, hasMore: false)));

        var page = await harness.Client.Subscribers.ListAsync(cancellationToken: Ct);

        page.Items.Should().BeEmpty();
        page.HasMore.Should().BeFalse();
        harness.Requests.Single().Url.Should().EndWith(SubscribersPath);
    }

    [Fact]
    public async Task ListAllAsync_walks_three_pages_lazily_and_stops_at_the_last()
    {
        using var harness = SdkHarness.Start();
        StubThreePages(harness);

        await using var subscribers = harness.Client.Subscribers
            .ListAllAsync(new SubscriberListOptions { Limit = 2, Status = [SubscriberStatus.Active] }, cancellationToken: Ct)
            .GetAsyncEnumerator(Ct);

        harness.Requests.Should().BeEmpty("nothing is fetched before the first item is asked for");
        var seen = new List<string>();
        while (await subscribers.MoveNextAsync())
        {
            seen.Add(subscribers.Current.Id);
            var pagesNeeded = (seen.Count + 1) / 2;
            harness.Requests.Should().HaveCount(pagesNeeded, "a page is fetched only when the previous one is used up");
        }

        seen.Should().Equal("sub_5", "sub_4", "sub_3", "sub_2", "sub_1");
        harness.Requests.Should().HaveCount(3);
        harness.Requests.Select(request => request.Query!.TryGetValue("cursor", out var cursor) ? cursor.Single() : null)
            .Should().Equal(null, "cur_page2", "cur_page3");
        harness.Requests.Should().OnlyContain(request => request.Query!["limit"].Single() == "2" && request.Query["status"].Single() == "active");
    }

    [Fact]
    public async Task ListAllAsync_stops_fetching_when_the_caller_stops_reading()
    {
        using var harness = SdkHarness.Start();
        StubThreePages(harness);

        var firstThree = new List<Subscriber>();
        await foreach (var subscriber in harness.Client.Subscribers.ListAllAsync(cancellationToken: Ct))
        {
            firstThree.Add(subscriber);
            if (firstThree.Count == 3)
            {
                break;
            }
        }

        firstThree.Should().HaveCount(3);
        harness.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ListAllAsync_honours_cancellation_between_pages()
    {
        using var harness = SdkHarness.Start();
        StubThreePages(harness);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var read = new List<string>();
        var walk = async () =>
        {
            await foreach (var subscriber in harness.Client.Subscribers.ListAllAsync().WithCancellation(cancellation.Token))
            {
                read.Add(subscriber.Id);
                if (read.Count == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await walk.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Equal("sub_5", "sub_4");
        harness.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task ListAllAsync_does_not_loop_when_the_server_repeats_a_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], "cur_same", hasMore: true)));

        var all = await harness.Client.Subscribers.ListAllAsync(cancellationToken: Ct).ToListAsync(Ct);

        all.Should().HaveCount(2);
        harness.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Contacts_page_the_same_way()
    {
        using var harness = SdkHarness.Start();
        const string path = "/api/v1/subscribers/sub_1/contacts";
        const string contact = """{ "id": "con_1", "subscriber_id": "sub_1", "name": "Jane Doe", "roles": ["billing", "primary"], "created_at": "2026-04-13T10:21:00Z" }""";
        harness.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("cursor", new ExactMatcher("cur_b")))
            .AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([contact.Replace("con_1", "con_2", StringComparison.Ordinal)], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath(path).UsingGet())
            .AtPriority(2)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([contact], "cur_b", hasMore: true)));

        var contacts = await harness.Client.Subscribers.ListAllContactsAsync("sub_1", cancellationToken: Ct).ToListAsync(Ct);

        contacts.Select(c => c.Id).Should().Equal("con_1", "con_2");
        contacts[0].Roles.Should().Equal(ContactRole.Billing, ContactRole.Primary);
    }

    [Fact]
    public void Query_parameters_use_the_api_spelling_and_leave_unset_values_out()
    {
        var query = new QueryParameters();
        query.Add("status", (SubscriberStatus?)SubscriberStatus.Suspended);
        query.Add("statuses", (IReadOnlyCollection<ServiceStatus>)[ServiceStatus.Active, ServiceStatus.Terminated]);
        query.Add("amount_min", 4999L);
        query.Add("overdue", true);
        query.Add("due_date", new DateOnly(2026, 5, 1));
        query.Add("created_before", new DateTimeOffset(2026, 4, 13, 10, 21, 0, 500, TimeSpan.Zero));
        query.Add("unset_text", (string?)null);
        query.Add("unset_number", (int?)null);
        query.Add("unset_status", (SubscriberStatus?)null);

        query.Values.Should().Equal(new Dictionary<string, string>
        {
            ["status"] = "suspended",
            ["statuses"] = "active,terminated",
            ["amount_min"] = "4999",
            ["overdue"] = "true",
            ["due_date"] = "2026-05-01",
            ["created_before"] = "2026-04-13T10:21:00.5Z",
        });
        FluentActions.Invoking(() => query.Add("status", (SubscriberStatus?)SubscriberStatus.Unknown))
            .Should().Throw<ArgumentException>().WithMessage("*SubscriberStatus.Unknown*");
    }

    [Fact]
    public async Task AsPages_walks_the_pages_of_ListAllAsync_each_with_its_request_id()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet().WithParam("cursor", new ExactMatcher("cur_p2")))
            .AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], null, hasMore: false, limit: 2, requestId: "req_p2"), requestId: "req_p2"));
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .AtPriority(2)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_3"), Json.Subscriber("sub_2")], "cur_p2", hasMore: true, limit: 2, requestId: "req_p1"), requestId: "req_p1"));

        var pages = new List<Page<Subscriber>>();
        await foreach (var page in harness.Client.Subscribers.ListAllAsync(new SubscriberListOptions { Limit = 2 }, cancellationToken: Ct).AsPages(Ct))
        {
            pages.Add(page);
        }

        pages.Select(page => page.RequestId).Should().Equal("req_p1", "req_p2");
        pages.Select(page => page.Items.Select(subscriber => subscriber.Id).ToList()).Should().BeEquivalentTo(
            [new[] { "sub_3", "sub_2" }, new[] { "sub_1" }], options => options.WithStrictOrdering());
        harness.Requests.Should().HaveCount(2);
    }

    [Fact]
    public void AsPages_on_a_sequence_that_is_not_the_SDKs_says_so()
    {
        var act = () => AsyncItems().AsPages(Ct);

        act.Should().Throw<NotSupportedException>().WithMessage("*ListAllAsync*");

        static async IAsyncEnumerable<Subscriber> AsyncItems()
        {
            await Task.CompletedTask;
            yield break;
        }
    }

    private static void StubThreePages(SdkHarness harness)
    {
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet().WithParam("cursor", new ExactMatcher("cur_page3")))
            .AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], null, hasMore: false, limit: 2)));
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet().WithParam("cursor", new ExactMatcher("cur_page2")))
            .AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_3"), Json.Subscriber("sub_2")], "cur_page3", hasMore: true, limit: 2)));
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingGet())
            .AtPriority(2)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_5"), Json.Subscriber("sub_4")], "cur_page2", hasMore: true, limit: 2)));
    }
}
