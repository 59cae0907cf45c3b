using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>The in-process host: start on a free port, gateway endpoints, WireMock mappings on top, request log cap.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task A_server_starts_on_a_free_loopback_port_and_answers_health()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        server.BaseUrl.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+$");
        var health = await api.GetAsync("/health");

        health.Status.Should().Be(HttpStatusCode.OK);
        health.Json.GetProperty("status").GetString().Should().Be("ok");
        server.DemoTokens.ReadWrite.Should().Be("wgk_test_demo");
    }

    [Fact]
    public async Task The_contract_document_is_served_without_a_token()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var document = await api.GetAsync("/api/v1/openapi.json");

        document.Status.Should().Be(HttpStatusCode.OK);
        document.Body.Should().Be(File.ReadAllText(ContractFile.FilePath), "the embedded document is the contract file");
    }

    [Fact]
    public async Task A_mapping_added_in_code_takes_precedence_over_the_contract_behaviour()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.WireMock
            .Given(Request.Create().WithPath("/api/v1/subscribers/sub_000178").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithBodyAsJson(new { success = false, error = new { code = "internal_error", message = "stubbed" }, meta = new { request_id = "req_stub", api_version = "v1" } }));

        using var stubbed = await api.Http.GetAsync("/api/v1/subscribers/sub_000178", TestContext.Current.CancellationToken);
        var other = await api.GetAsync("/api/v1/subscribers/sub_000179");

        stubbed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await stubbed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("stubbed");
        other.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_mapping_added_through_the_wiremock_admin_api_takes_precedence()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var mapping = """{"Request":{"Path":"/api/v1/services/svc_000001","Methods":["GET"]},"Response":{"StatusCode":200,"BodyAsJson":{"success":true,"data":{"id":"svc_stubbed"},"meta":{"request_id":"req_x","api_version":"v1"}}}}""";
        using var added = await api.Http.PostAsync("/__admin/mappings", new StringContent(mapping, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        added.IsSuccessStatusCode.Should().BeTrue();

        var body = await api.Http.GetStringAsync("/api/v1/services/svc_000001", TestContext.Current.CancellationToken);

        body.Should().Contain("svc_stubbed");
    }

    [Fact]
    public async Task The_request_log_stays_capped_under_load()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { MaxRequestLogCount = 10 });
        using var api = new ApiClient(server);

        for (var i = 0; i < 40; i++)
        {
            await api.GetAsync("/health");
        }

        server.WireMock.LogEntries.Count().Should().BeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task An_unusable_seed_file_fails_the_start_with_a_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"tenants":[{"id":"t1"}],"tokens":[{"token":"x","scopes":["read"],"tenants":["t1"]}],"data":{"t1":{"unicorns":[]}}}""", TestContext.Current.CancellationToken);
        try
        {
            var start = () => MockServers.StartAsync(new WispGateMockServerOptions { Seed = file });

            await start.Should().ThrowAsync<InvalidDataException>().WithMessage("*unicorns*");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_seed_file_provides_tenants_tokens_and_data()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {"tenants":[{"id":"acme"}],
             "tokens":[{"token":"wgk_acme","scopes":["read","write"],"tenants":["acme"],"default_tenant":"acme"}],
             "data":{"acme":{"subscribers":[{"id":"sub_000900","external_id":"x-1","full_name":"Seeded Person","status":"active","billing_profile_id":null}]}}}
            """, TestContext.Current.CancellationToken);
        try
        {
            await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = file });
            using var api = new ApiClient(server, "wgk_acme");

            (await api.GetAsync("/api/v1/subscribers")).Ids.Should().Equal("sub_000900");
            (await api.PostAsync("/api/v1/subscribers", new { full_name = "Next", status = "prospect" })).DataString("id").Should().Be("sub_000901");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_empty_seed_has_the_demo_tokens_and_no_data()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty" });
        using var api = new ApiClient(server);

        var list = await api.GetAsync("/api/v1/subscribers");

        list.Status.Should().Be(HttpStatusCode.OK);
        list.Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task On_an_explicit_port_the_base_url_is_spelled_127_0_0_1()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Port = port });

        server.BaseUrl.Should().Be($"http://127.0.0.1:{port}");
    }
}
