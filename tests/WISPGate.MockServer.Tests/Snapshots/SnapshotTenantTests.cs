using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary><c>?tenant=</c>: one tenant's snapshot, loaded into another server, replaces that tenant only.</summary>
public sealed class SnapshotTenantTests
{
    [Fact]
    public async Task A_tenant_snapshot_replaces_that_tenant_and_leaves_the_others_untouched()
    {
        var (source, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = source;
        var (target, _) = await MockServers.StartWithFakeTimeAsync();
        await using var ___ = target;
        using var sourcePartner = new ApiClient(source, source.DemoTokens.Partner);
        using var targetApi = new ApiClient(target);
        using var targetPartner = new ApiClient(target, target.DemoTokens.Partner);
        var second = Keys.Tenant(source.DemoTokens.SecondTenant);
        await sourcePartner.PostAsync("/api/v1/subscribers", new { full_name = "Boise One", status = "prospect" }, second);
        await sourcePartner.PostAsync("/api/v1/tickets", new { subject = "Boise ticket", description = "From the source." }, second);
        await targetPartner.PostAsync("/api/v1/subscribers", new { full_name = "Will be replaced", status = "prospect" }, second);
        await targetApi.PostAsync("/api/v1/subscribers", new { full_name = "Austin stays", status = "prospect" });
        var firstBefore = Tenants(await StateAdmin.ExportAsync(target, target.DemoTokens.Tenant));

        var snapshot = await StateAdmin.ExportAsync(source, source.DemoTokens.SecondTenant);
        await StateAdmin.ImportOkAsync(target, snapshot);

        JsonNode.Parse(snapshot)!["scope"]!.GetValue<string>().Should().Be("tenant");
        JsonNode.Parse(snapshot)!["api_keys"].Should().BeNull("keys span tenants: a tenant snapshot has none");
        Tenants(await StateAdmin.ExportAsync(target, target.DemoTokens.SecondTenant)).Should().Be(Tenants(snapshot), "the tenant now holds the snapshot's data");
        Tenants(await StateAdmin.ExportAsync(target, target.DemoTokens.Tenant)).Should().Be(firstBefore, "the other tenant is untouched");
        (await targetPartner.GetAsync("/api/v1/subscribers?limit=100", second)).Body.Should().Contain("Boise One").And.NotContain("Will be replaced");
        (await targetApi.GetAsync("/api/v1/subscribers?limit=100")).Body.Should().Contain("Austin stays");
        var next = await targetPartner.PostAsync("/api/v1/subscribers", new { full_name = "Next", status = "prospect" }, second);
        next.Code.Should().Be(201);
    }

    [Fact]
    public async Task A_tenant_snapshot_of_a_tenant_the_server_lacks_is_422_naming_it()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        var root = JsonNode.Parse(await StateAdmin.ExportAsync(server, server.DemoTokens.SecondTenant))!;
        root["tenants"]![0]!["id"] = "tenant_elsewhere";
        var before = await StateAdmin.ExportAsync(server);

        var (status, body) = await StateAdmin.ImportAsync(server, Encoding.UTF8.GetBytes(root.ToJsonString()));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetProperty("field").GetString().Should().Be("tenants[0].id");
        (await StateAdmin.ExportAsync(server)).Should().Equal(before);
    }

    [Fact]
    public async Task Exporting_an_unknown_tenant_is_404()
    {
        await using var server = await MockServers.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await http.GetAsync($"{StateAdmin.Path}?tenant=tenant_nope", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"field\":\"tenant\"");
    }

    private static string Tenants(byte[] snapshot) => JsonNode.Parse(snapshot)!["tenants"]!.ToJsonString();
}
