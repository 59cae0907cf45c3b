namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// <c>server.Requests</c>: what the server was sent and how it answered, per operation, bounded, free of secrets, cleared by
/// reset; the same from outside through <c>GET /__admin/wispgate/requests</c>.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Each_answered_request_is_logged_with_operation_status_ids_tenant_and_replay()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var key = new Dictionary<string, string> { ["X-Idempotency-Key"] = "crm-log-1" };
        var body = new { full_name = "Logged Once", status = "prospect" };

        var first = await api.PostAsync("/api/v1/subscribers", body, key);
        var replay = await api.PostAsync("/api/v1/subscribers", body, key);
        var missing = await api.GetAsync("/api/v1/subscribers/sub_999999");

        first.Status.Should().Be(HttpStatusCode.Created);
        var creates = server.Requests.ForOperation("createSubscriber");
        creates.Should().HaveCount(2);
        creates.Should().OnlyContain(e => e.Method == "POST" && e.Path == "/api/v1/subscribers" && e.Status == 201
            && e.IdempotencyKey == "crm-log-1" && e.TenantId == "tenant_demo_001");
        creates.Select(e => e.Replayed).Should().Equal(false, true);
        creates.Select(e => e.RequestId).Should().Equal(first.Header("X-Request-ID"), replay.Header("X-Request-ID"));
        var get = server.Requests.ForOperation("getSubscriber").Should().ContainSingle().Subject;
        get.Status.Should().Be(404);
        get.RequestId.Should().Be(missing.Header("X-Request-ID"));
        get.IdempotencyKey.Should().BeNull();
        server.Requests.Entries.Select(e => e.OperationId).Should().Equal("createSubscriber", "createSubscriber", "getSubscriber");
    }

    [Fact]
    public async Task A_request_answered_by_an_injected_fault_is_logged_under_its_operation()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", Status = 503 });
        var key = new Dictionary<string, string> { ["X-Idempotency-Key"] = "crm-log-fault" };

        await api.PostAsync("/api/v1/subscribers", new { full_name = "Faulted", status = "prospect" }, key);
        await api.PostAsync("/api/v1/subscribers", new { full_name = "Faulted", status = "prospect" }, key);

        var creates = server.Requests.ForOperation("createSubscriber");
        creates.Select(e => e.Status).Should().Equal(503, 201);
        creates.Should().OnlyContain(e => e.IdempotencyKey == "crm-log-fault" && !e.Replayed);
    }

    [Fact]
    public async Task The_log_holds_no_secret_and_reset_clears_it()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hook", events = new[] { "*" } });
        await api.GetAsync("/api/v1/subscribers?limit=1&search=secret-query");

        var text = string.Join('\n', server.Requests.Entries.Select(e => e.ToString()));
        text.Should().NotContain("wgk_test_demo").And.NotContain("whsec_").And.NotContain("secret-query");
        server.Requests.Entries.Should().HaveCount(2);

        await server.ResetAsync(TestContext.Current.CancellationToken);

        server.Requests.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task The_log_keeps_only_the_last_MaxRequestLogCount_requests()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { MaxRequestLogCount = 3 });
        using var api = new ApiClient(server);
        for (var i = 1; i <= 5; i++)
        {
            await api.GetAsync($"/api/v1/subscribers/sub_00000{i}");
        }

        server.Requests.Entries.Select(e => e.Path).Should().Equal("/api/v1/subscribers/sub_000003", "/api/v1/subscribers/sub_000004", "/api/v1/subscribers/sub_000005");
    }

    [Fact]
    public async Task The_admin_api_lists_the_log_filtered_by_operation()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.GetAsync("/api/v1/subscribers?limit=1");
        var created = await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d" });

        using var listed = await api.Http.GetAsync("/__admin/wispgate/requests?operation_id=createTicket", TestContext.Current.CancellationToken);

        listed.StatusCode.Should().Be(HttpStatusCode.OK);
        var data = JsonDocument.Parse(await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("data");
        var entry = data.EnumerateArray().Should().ContainSingle().Subject;
        entry.GetProperty("method").GetString().Should().Be("POST");
        entry.GetProperty("path").GetString().Should().Be("/api/v1/tickets");
        entry.GetProperty("status").GetInt32().Should().Be(201);
        entry.GetProperty("request_id").GetString().Should().Be(created.Header("X-Request-ID"));
        entry.GetProperty("replayed").GetBoolean().Should().BeFalse();
        server.Requests.Entries.Should().HaveCount(2, "admin requests are not logged");
    }
}
