using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// The contract fast path (issue #22): contract requests skip WireMock's matching and log copy while no user stub
/// exists, yet land in WireMock's request log (redacted), answer exactly as WireMock's path does, and step aside as
/// soon as a user stub exists.
/// </summary>
public sealed class ContractFastPathTests
{
    [Fact]
    public async Task The_fast_path_binds_to_this_wiremock_version_and_is_on_for_a_default_server()
    {
        await using var server = await MockServers.StartAsync();

        server.FastPath.Should().NotBeNull("WireMock.Net's internals it binds to by name are there (a WireMock upgrade that renames them fails here)");
        server.FastPath!.OnlyBuiltInMappings().Should().BeTrue();
    }

    [Fact]
    public async Task Api_requests_answered_by_the_fast_path_are_in_wiremocks_request_log_without_the_token()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/subscribers", new { external_id = "fast-1", full_name = "Fast Path", email = "fast@example.com", status = "prospect" });
        var read = await api.GetAsync("/api/v1/subscribers/sub_000178");
        using var admin = await api.Http.GetAsync("/__admin/requests", TestContext.Current.CancellationToken);
        var adminJson = await admin.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        created.Status.Should().Be(HttpStatusCode.Created);
        read.Status.Should().Be(HttpStatusCode.OK);
        var entries = server.WireMock.LogEntries.Where(e => e.RequestMessage!.Path.StartsWith("/api/v1/subscribers", StringComparison.Ordinal)).ToList();
        entries.Select(e => (e.RequestMessage!.Method, e.RequestMessage.Path, e.ResponseMessage!.StatusCode))
            .Should().Equal(("POST", "/api/v1/subscribers", (object?)201), ("GET", "/api/v1/subscribers/sub_000178", (object?)200));
        entries.Should().OnlyContain(e => e.MappingTitle == "WISPGate v1 contract (built-in behaviour)");
        entries[0].RequestMessage!.Headers!["Authorization"].Should().Equal("Bearer [redacted]");
        entries[0].RequestMessage!.BodyAsJson.Should().NotBeNull("a JSON body is logged parsed, as WireMock logs it");
        entries[0].RequestMessage!.Body.Should().Contain("fast@example.com");
        admin.StatusCode.Should().Be(HttpStatusCode.OK);
        adminJson.Should().Contain("/api/v1/subscribers/sub_000178").And.NotContain("wgk_test_demo");
    }

    [Fact]
    public async Task The_fast_path_answers_as_wiremocks_path_does()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var fast = await api.GetAsync("/api/v1/subscribers?limit=3");
        // Any user mapping (here one that cannot match) sends every request through WireMock again.
        server.WireMock.Given(Request.Create().WithPath("/elsewhere").UsingGet()).RespondWith(Response.Create().WithStatusCode(204));
        var fastPathOff = server.FastPath!.OnlyBuiltInMappings();
        var slow = await api.GetAsync("/api/v1/subscribers?limit=3");

        fastPathOff.Should().BeFalse();
        slow.Status.Should().Be(fast.Status);
        HeaderNames(slow).Should().BeEquivalentTo(HeaderNames(fast));
        Data(slow).Should().Be(Data(fast), "the same page, whichever path answered");
    }

    [Fact]
    public async Task A_user_stub_added_through_the_admin_api_wins_and_the_fast_path_returns_once_it_is_deleted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var guid = Guid.NewGuid();
        var mapping = $$$"""{"Guid":"{{{guid}}}","Request":{"Path":"/api/v1/subscribers/sub_000178","Methods":["GET"]},"Response":{"StatusCode":418}}""";

        using var added = await api.Http.PostAsync("/__admin/mappings", new StringContent(mapping, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var stubbed = await api.Http.GetAsync("/api/v1/subscribers/sub_000178", TestContext.Current.CancellationToken);
        using var deleted = await api.Http.DeleteAsync($"/__admin/mappings/{guid}", TestContext.Current.CancellationToken);
        var onAfterDelete = server.FastPath!.OnlyBuiltInMappings();
        var contract = await api.GetAsync("/api/v1/subscribers/sub_000178");

        added.IsSuccessStatusCode.Should().BeTrue();
        stubbed.StatusCode.Should().Be((HttpStatusCode)418);
        deleted.IsSuccessStatusCode.Should().BeTrue();
        onAfterDelete.Should().BeTrue();
        contract.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_fast_path_keeps_wiremocks_request_log_at_its_cap_dropping_the_oldest()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { MaxRequestLogCount = 10 });
        using var api = new ApiClient(server);

        for (var i = 0; i < 40; i++)
        {
            await api.GetAsync($"/api/v1/subscribers?limit=1&n={i}");
        }

        server.WireMock.LogEntries.Select(e => e.RequestMessage!.RawQuery)
            .Should().Equal(Enumerable.Range(30, 10).Select(i => $"?limit=1&n={i}"));
    }

    private static IEnumerable<string> HeaderNames(ApiResponse response) => response.Headers.Select(h => h.Key.ToLowerInvariant());

    private static string Data(ApiResponse response) => JsonSerializer.Serialize(response.Json.GetProperty("data"));
}
