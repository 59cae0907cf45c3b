using WISPGate.MockServer.Hosting;

namespace WISPGate.MockServer.Tests.Store;

/// <summary>
/// Per-tenant storage limits: records (everything others may refer to) are refused past the limit with 409
/// <c>storage_limit_reached</c>, never dropped; logs (events) and idempotency keys keep the newest entries.
/// Tiny limits on the empty seed, so the counts are the test's own.
/// </summary>
public sealed class StorageLimitTests
{
    private static WispGateMockServerOptions Limited(int maxRecords = 1000, int maxLogEntries = 1000) =>
        new() { Seed = "empty", MaxRecordsPerTenant = maxRecords, MaxLogEntriesPerTenant = maxLogEntries };

    private static object Subscriber(string name) => new { full_name = name, status = "prospect" };

    [Fact]
    public async Task A_create_past_the_record_limit_answers_409_storage_limit_reached_with_the_envelope_and_stores_nothing()
    {
        await using var server = await MockServers.StartAsync(Limited(maxRecords: 2));
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", Subscriber("One"));
        await api.PostAsync("/api/v1/subscribers", Subscriber("Two"));

        var refused = await api.PostAsync("/api/v1/subscribers", Subscriber("Three"), Keys.Header("X-Request-ID", "req_full_1"));
        var otherKind = await api.PostAsync("/api/v1/service-packages", new { name = "Any", download_kbps = 10000, upload_kbps = 2000, price = new { amount = 1000, currency = "USD" } });

        refused.Status.Should().Be(HttpStatusCode.Conflict);
        refused.Json.GetProperty("success").GetBoolean().Should().BeFalse();
        refused.ErrorCode.Should().Be("storage_limit_reached");
        refused.Error.GetProperty("message").GetString().Should().Contain("2 records");
        refused.Header("X-Request-ID").Should().Be("req_full_1");
        refused.Meta.GetProperty("request_id").GetString().Should().Be("req_full_1");
        otherKind.ErrorCode.Should().Be("storage_limit_reached", "the limit counts every kind of record together");
        (await api.GetAsync("/api/v1/subscribers")).Data.EnumerateArray().Select(s => s.GetProperty("full_name").GetString()).Should().Equal("Two", "One");
        (await api.GetAsync("/api/v1/events")).Data.EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Should().Equal(["subscriber.created", "subscriber.created"], "a refused create records no event");
    }

    [Fact]
    public async Task Deleting_a_record_makes_room_and_the_refusal_is_not_replayed_under_its_idempotency_key()
    {
        await using var server = await MockServers.StartAsync(Limited(maxRecords: 1));
        using var api = new ApiClient(server);
        var first = (await api.PostAsync("/api/v1/subscribers", Subscriber("One"))).DataString("id");

        var refused = await api.PostAsync("/api/v1/subscribers", Subscriber("Two"), Keys.Idempotency("full-then-room"));
        await api.DeleteAsync($"/api/v1/subscribers/{first}");
        var retried = await api.PostAsync("/api/v1/subscribers", Subscriber("Two"), Keys.Idempotency("full-then-room"));

        refused.ErrorCode.Should().Be("storage_limit_reached");
        retried.Status.Should().Be(HttpStatusCode.Created, "the refusal was not stored under the key: the retry ran");
        retried.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task A_full_tenant_still_replays_earlier_creates_and_answers_reads_but_refuses_new_ones()
    {
        await using var server = await MockServers.StartAsync(Limited(maxRecords: 1));
        using var api = new ApiClient(server);
        var created = await api.PostAsync("/api/v1/subscribers", Subscriber("One"), Keys.Idempotency("first"));

        var replay = await api.PostAsync("/api/v1/subscribers", Subscriber("One"), Keys.Idempotency("first"));
        var read = await api.GetAsync($"/api/v1/subscribers/{created.DataString("id")}");
        var next = await api.PostAsync("/api/v1/subscribers", Subscriber("Two"), Keys.Idempotency("second"));

        replay.Status.Should().Be(HttpStatusCode.Created);
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        read.Status.Should().Be(HttpStatusCode.OK);
        next.ErrorCode.Should().Be("storage_limit_reached");
    }

    [Fact]
    public async Task The_record_limit_is_per_tenant()
    {
        await using var server = await MockServers.StartAsync(Limited(maxRecords: 2));
        using var api = new ApiClient(server);
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        var second = Keys.Tenant(server.DemoTokens.SecondTenant);
        await api.PostAsync("/api/v1/subscribers", Subscriber("One"));
        await api.PostAsync("/api/v1/subscribers", Subscriber("Two"));

        var fullTenant = await api.PostAsync("/api/v1/subscribers", Subscriber("Three"));
        var otherTenant = new[]
        {
            await partner.PostAsync("/api/v1/subscribers", Subscriber("Other One"), second),
            await partner.PostAsync("/api/v1/subscribers", Subscriber("Other Two"), second),
        };

        fullTenant.ErrorCode.Should().Be("storage_limit_reached");
        otherTenant.Select(r => r.Status).Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Reset_clears_the_records_and_creates_succeed_again()
    {
        await using var server = await MockServers.StartAsync(Limited(maxRecords: 1));
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", Subscriber("One"));
        var refused = await api.PostAsync("/api/v1/subscribers", Subscriber("Two"));

        await server.ResetAsync(TestContext.Current.CancellationToken);
        var afterReset = await api.PostAsync("/api/v1/subscribers", Subscriber("Two"));

        refused.ErrorCode.Should().Be("storage_limit_reached");
        afterReset.Status.Should().Be(HttpStatusCode.Created);
        (await api.GetAsync("/api/v1/subscribers")).Ids.Should().Equal(afterReset.DataString("id"));
    }

    [Fact]
    public async Task The_event_log_keeps_the_newest_entries_and_drops_the_oldest()
    {
        await using var server = await MockServers.StartAsync(Limited(maxLogEntries: 3));
        using var api = new ApiClient(server);
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add((await api.PostAsync("/api/v1/subscribers", Subscriber($"Subscriber {i}"))).DataString("id")!);
        }

        var events = await api.GetAsync("/api/v1/events?limit=100");
        var byType = await api.GetAsync("/api/v1/events?type=subscriber.created&limit=100");

        events.Data.EnumerateArray().Select(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString())
            .Should().Equal(ids[4], ids[3], ids[2]);
        byType.Ids.Should().Equal(events.Ids, "the type index drops evicted events too");
        (await api.GetAsync("/api/v1/subscribers?limit=100")).Ids.Should().HaveCount(5, "records are never dropped, only log entries");
    }

    [Fact]
    public async Task Idempotency_keys_beyond_the_limit_forget_the_oldest()
    {
        await using var server = await MockServers.StartAsync(Limited(maxLogEntries: 2));
        using var api = new ApiClient(server);
        var first = await api.PostAsync("/api/v1/subscribers", Subscriber("One"), Keys.Idempotency("k-1"));
        await api.PostAsync("/api/v1/subscribers", Subscriber("Two"), Keys.Idempotency("k-2"));
        await api.PostAsync("/api/v1/subscribers", Subscriber("Three"), Keys.Idempotency("k-3"));

        var oldest = await api.PostAsync("/api/v1/subscribers", Subscriber("One"), Keys.Idempotency("k-1"));
        var newest = await api.PostAsync("/api/v1/subscribers", Subscriber("Three"), Keys.Idempotency("k-3"));

        oldest.Header("X-Idempotent-Replayed").Should().BeNull("k-1 was the oldest of three keys with room for two");
        oldest.DataString("id").Should().NotBe(first.DataString("id"));
        newest.Header("X-Idempotent-Replayed").Should().Be("true");
    }

    [Fact]
    public void The_command_line_sets_the_limits_and_the_defaults_are_documented()
    {
        var parsed = CommandLineOptions.Parse(["--max-records", "10", "--max-log-entries=20"], out _);
        var defaults = CommandLineOptions.Parse([], out _);

        parsed!.Server.MaxRecordsPerTenant.Should().Be(10);
        parsed.Server.MaxLogEntriesPerTenant.Should().Be(20);
        defaults!.Server.MaxRecordsPerTenant.Should().Be(WispGateMockServerOptions.DefaultMaxRecordsPerTenant).And.Be(25_000);
        defaults.Server.MaxLogEntriesPerTenant.Should().Be(25_000);
        CommandLineOptions.Parse(["--max-records", "0"], out var error).Should().BeNull();
        error.Should().Contain("--max-records");
        CommandLineOptions.Usage.Should().Contain("--max-records").And.Contain("--max-log-entries");
    }
}
