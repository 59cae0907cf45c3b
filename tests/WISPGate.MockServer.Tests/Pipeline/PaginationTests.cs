namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>Cursor pagination: newest first, stable under concurrent inserts, filters, bad cursors.</summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task Lists_are_newest_first_with_the_default_limit_of_25()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty" });
        using var api = new ApiClient(server);
        var created = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            created.Add((await api.PostAsync("/api/v1/subscribers", new { full_name = $"Person {i}", status = "prospect" })).DataString("id")!);
        }

        var page = await api.GetAsync("/api/v1/subscribers");

        page.Ids.Should().Equal(Enumerable.Reverse(created).Take(25));
        page.Meta.GetProperty("pagination").GetProperty("limit").GetInt32().Should().Be(25);
        page.Meta.GetProperty("pagination").GetProperty("has_more").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Following_cursors_while_others_insert_yields_every_item_once()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty" });
        using var api = new ApiClient(server);
        var original = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            original.Add((await api.PostAsync("/api/v1/subscribers", new { full_name = $"Before {i}", status = "prospect" })).DataString("id")!);
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await api.GetAsync("/api/v1/subscribers?limit=5" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.Ids);
            cursor = page.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString();
            page.Meta.GetProperty("pagination").GetProperty("has_more").GetBoolean().Should().Be(cursor is not null);
            await api.PostAsync("/api/v1/subscribers", new { full_name = $"During {pages}", status = "prospect" });
            pages++;
        }
        while (cursor is not null);

        seen.Should().Equal(Enumerable.Reverse(original), "no duplicates and no skips, newest first, whatever was inserted meanwhile");
        pages.Should().Be(5);
    }

    [Fact]
    public async Task Concurrent_inserts_during_paging_never_duplicate_or_skip()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty" });
        using var api = new ApiClient(server);
        var original = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            original.Add((await api.PostAsync("/api/v1/subscribers", new { full_name = $"Before {i}", status = "prospect" })).DataString("id")!);
        }

        using var writer = new ApiClient(server);
        var inserting = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await writer.PostAsync("/api/v1/subscribers", new { full_name = $"Concurrent {i}", status = "prospect" });
            }
        }, TestContext.Current.CancellationToken);
        var seen = new List<string>();
        string? cursor = null;
        var first = true;
        while (first || cursor is not null)
        {
            var page = await api.GetAsync("/api/v1/subscribers?limit=7" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.Ids);
            cursor = page.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString();
            first = false;
        }

        await inserting;
        seen.Should().OnlyHaveUniqueItems();
        seen.Should().ContainInOrder(Enumerable.Reverse(original));
        seen.Intersect(original).Should().HaveCount(original.Count);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("YzF8bGlzdFN1YnNjcmliZXJzfC0x")]
    public async Task A_cursor_not_issued_by_the_list_is_400_invalid_cursor(string cursor)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?cursor=" + cursor);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("invalid_cursor");
        response.ErrorField.Should().Be("cursor");
        response.Error.GetProperty("message").GetString().Should().Be("The cursor is not one this list issued.");
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_400_invalid_cursor()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var services = await api.GetAsync("/api/v1/services?limit=1");
        var cursor = services.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString()!;

        var response = await api.GetAsync("/api/v1/subscribers?cursor=" + Uri.EscapeDataString(cursor));

        response.ErrorCode.Should().Be("invalid_cursor");
    }

    [Fact]
    public async Task Filters_combine_status_lists_external_id_and_text_search()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/subscribers?status=active,suspended")).Ids.Should().Equal("sub_000180", "sub_000179", "sub_000178");
        (await api.GetAsync("/api/v1/subscribers?status=prospect")).Ids.Should().Equal("sub_000181");
        (await api.GetAsync("/api/v1/subscribers?external_id=crm-10002")).Ids.Should().Equal("sub_000179");
        (await api.GetAsync("/api/v1/subscribers?q=acme")).Ids.Should().Equal("sub_000180");
        (await api.GetAsync("/api/v1/subscribers?q=5550102")).Ids.Should().Equal("sub_000179");
        (await api.GetAsync("/api/v1/subscribers?status=active&q=garcia")).Ids.Should().Equal("sub_000178");
    }

    [Fact]
    public async Task Created_after_and_before_use_the_creation_time()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var early = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Early", status = "prospect" })).DataString("id");
        time.Advance(TimeSpan.FromHours(2));
        var late = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Late", status = "prospect" })).DataString("id");

        var after = await api.GetAsync("/api/v1/subscribers?created_after=2026-04-13T11:00:00Z");
        var between = await api.GetAsync("/api/v1/subscribers?created_after=2026-04-13T10:21:00Z&created_before=2026-04-13T11:00:00Z");

        after.Ids.Should().Equal(late);
        between.Ids.Should().Equal(early);
    }
}
