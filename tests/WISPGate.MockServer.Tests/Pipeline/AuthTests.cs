namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>Tokens, scopes, tenant selection and isolation.</summary>
public sealed class AuthTests
{
    [Fact]
    public async Task A_missing_token_is_401_unauthorized()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var response = await api.GetAsync("/api/v1/subscribers");

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.ErrorCode.Should().Be("unauthorized");
        response.Header("WWW-Authenticate").Should().Be("Bearer");
    }

    [Fact]
    public async Task An_unknown_token_is_401_unauthorized()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: "wgk_test_nope");

        (await api.GetAsync("/api/v1/subscribers")).ErrorCode.Should().Be("unauthorized");
        (await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect" })).ErrorCode.Should().Be("unauthorized");
    }

    [Fact]
    public async Task A_read_only_token_reads_but_a_write_is_403_insufficient_scope()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.ReadOnly);

        (await api.GetAsync("/api/v1/subscribers")).Status.Should().Be(HttpStatusCode.OK);
        var write = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect" });
        var delete = await api.DeleteAsync("/api/v1/subscribers/sub_000181");

        write.Status.Should().Be(HttpStatusCode.Forbidden);
        write.ErrorCode.Should().Be("insufficient_scope");
        delete.ErrorCode.Should().Be("insufficient_scope");
        (await api.GetAsync("/api/v1/subscribers/sub_000181")).Status.Should().Be(HttpStatusCode.OK, "nothing was deleted");
    }

    [Fact]
    public async Task The_partner_token_must_name_a_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.Partner);

        var response = await api.GetAsync("/api/v1/subscribers");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorField.Should().Be("X-Tenant-ID");
    }

    [Fact]
    public async Task The_partner_token_sees_each_tenant_it_names_and_only_that_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.Partner);

        var first = await api.GetAsync("/api/v1/subscribers", Keys.Tenant(server.DemoTokens.Tenant));
        var second = await api.GetAsync("/api/v1/subscribers", Keys.Tenant(server.DemoTokens.SecondTenant));

        first.Ids.Should().Equal("sub_000182", "sub_000181", "sub_000180", "sub_000179", "sub_000178");
        second.Ids.Should().Equal("sub_000183");
    }

    [Fact]
    public async Task A_tenant_the_token_may_not_use_is_403_tenant_forbidden()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var other = await api.GetAsync("/api/v1/subscribers", Keys.Tenant(server.DemoTokens.SecondTenant));
        var unknown = await api.GetAsync("/api/v1/subscribers", Keys.Tenant("tenant_nope"));

        other.Status.Should().Be(HttpStatusCode.Forbidden);
        other.ErrorCode.Should().Be("tenant_forbidden");
        unknown.ErrorCode.Should().Be("tenant_forbidden");
    }

    [Fact]
    public async Task Another_tenants_ids_are_404_not_403()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var get = await api.GetAsync("/api/v1/subscribers/sub_000183");
        var patch = await api.PatchAsync("/api/v1/subscribers/sub_000183", new { full_name = "Hijacked" });
        var service = await api.GetAsync("/api/v1/services/svc_000006");

        get.Status.Should().Be(HttpStatusCode.NotFound);
        get.ErrorCode.Should().Be("not_found");
        patch.Status.Should().Be(HttpStatusCode.NotFound);
        service.Status.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>A write on another tenant's resource (method, path, body), and the resource it would change.</summary>
    public static TheoryData<string, string, string?, string> OtherTenantsWrites => new()
    {
        { "DELETE", "/api/v1/subscribers/sub_000183", null, "/api/v1/subscribers/sub_000183" },
        { "POST", "/api/v1/subscribers/sub_000183/activate", null, "/api/v1/subscribers/sub_000183" },
        { "POST", "/api/v1/subscribers/sub_000183/suspend", """{"reason":"non_payment"}""", "/api/v1/subscribers/sub_000183" },
        { "POST", "/api/v1/subscribers/sub_000183/reactivate", null, "/api/v1/subscribers/sub_000183" },
        { "POST", "/api/v1/subscribers/sub_000183/cancel", """{"reason":"moved"}""", "/api/v1/subscribers/sub_000183" },
        { "POST", "/api/v1/services/svc_000006/activate", "{}", "/api/v1/services/svc_000006" },
        { "POST", "/api/v1/services/svc_000006/suspend", "{}", "/api/v1/services/svc_000006" },
        { "POST", "/api/v1/services/svc_000006/resume", "{}", "/api/v1/services/svc_000006" },
        { "POST", "/api/v1/services/svc_000006/terminate", "{}", "/api/v1/services/svc_000006" },
        { "POST", "/api/v1/services/svc_000006/change-package", """{"service_package_id":"pkg_000005"}""", "/api/v1/services/svc_000006" },
        { "DELETE", "/api/v1/services/svc_000006/devices/dev_000007", null, "/api/v1/services/svc_000006" },
        { "POST", "/api/v1/sessions/ses_000005/disconnect", null, "/api/v1/sessions/ses_000005" },
        { "POST", "/api/v1/sessions/ses_000005/coa", """{"attributes":{"Mikrotik-Rate-Limit":"1M/1M"}}""", "/api/v1/sessions/ses_000005" },
        { "POST", "/api/v1/service-packages/pkg_000005/archive", null, "/api/v1/service-packages/pkg_000005" },
    };

    [Theory]
    [MemberData(nameof(OtherTenantsWrites))]
    public async Task Deletes_and_lifecycle_actions_on_another_tenants_ids_are_404_and_change_nothing(string method, string path, string? body, string resource)
    {
        await using var server = await MockServers.StartAsync();
        using var demo = new ApiClient(server);
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        var owner = Keys.Tenant(server.DemoTokens.SecondTenant);
        var before = await partner.GetAsync(resource, owner);
        var eventsBefore = await partner.GetAsync("/api/v1/events?limit=100", owner);

        var response = await demo.SendAsync(new HttpMethod(method), path, ApiClient.Json(body));

        response.Status.Should().Be(HttpStatusCode.NotFound, $"{method} {path} from tenant_demo_001");
        response.ErrorCode.Should().Be("not_found");
        before.Status.Should().Be(HttpStatusCode.OK, "the resource exists in its own tenant");
        (await partner.GetAsync(resource, owner)).Data.GetRawText().Should().Be(before.Data.GetRawText(), "the other tenant's resource is unchanged");
        (await partner.GetAsync("/api/v1/events?limit=100", owner)).Ids.Should().Equal(eventsBefore.Ids, "no event was recorded in the other tenant");
    }

    [Fact]
    public async Task Data_created_in_one_tenant_is_invisible_in_the_other()
    {
        await using var server = await MockServers.StartAsync();
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        var created = await partner.PostAsync("/api/v1/subscribers", new { full_name = "Only In Two", status = "active", external_id = "shared-ext" }, Keys.Tenant(server.DemoTokens.SecondTenant));
        var id = created.DataString("id")!;

        var fromFirst = await partner.GetAsync($"/api/v1/subscribers/{id}", Keys.Tenant(server.DemoTokens.Tenant));
        var sameExternalIdInFirst = await partner.PostAsync("/api/v1/subscribers", new { full_name = "Also Here", status = "active", external_id = "shared-ext" }, Keys.Tenant(server.DemoTokens.Tenant));

        fromFirst.Status.Should().Be(HttpStatusCode.NotFound);
        sameExternalIdInFirst.Status.Should().Be(HttpStatusCode.Created, "external_id is unique per tenant");
    }

    [Fact]
    public async Task Gateway_endpoints_need_no_token()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        (await api.GetAsync("/health")).Status.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/openapi.json")).Status.Should().Be(HttpStatusCode.OK);
    }
}
