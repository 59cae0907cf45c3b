namespace WISPGate.MockServer.Tests.Identity;

/// <summary><c>GET /api/v1/me</c>: what a token is, its tenants with the default one, and its rate-limit window.</summary>
public sealed class MeTests
{
    [Fact]
    public async Task The_demo_token_sees_its_key_scopes_environment_default_tenant_and_rate_limit()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var me = await api.GetAsync("/api/v1/me");

        me.Status.Should().Be(HttpStatusCode.OK);
        var token = me.Data.GetProperty("token");
        token.GetProperty("id").GetString().Should().Be("key_000001");
        token.GetProperty("prefix").GetString().Should().Be("wgk_test_demo");
        token.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Should().BeEquivalentTo(["read", "write", "admin"]);
        token.GetProperty("environment").GetString().Should().Be("test");
        token.GetProperty("expires_at").ValueKind.Should().Be(JsonValueKind.Null);
        var tenants = me.Data.GetProperty("tenants").EnumerateArray().ToList();
        tenants.Should().ContainSingle();
        tenants[0].GetProperty("id").GetString().Should().Be("tenant_demo_001");
        tenants[0].GetProperty("name").GetString().Should().Be("Demo WISP (Austin)");
        tenants[0].GetProperty("default").GetBoolean().Should().BeTrue();
        var rate = me.Data.GetProperty("rate_limit");
        rate.GetProperty("limit").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(me.Header("RateLimit-Limit"));
        rate.GetProperty("remaining").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(me.Header("RateLimit-Remaining"));
        rate.GetProperty("reset").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(me.Header("RateLimit-Reset"));
    }

    [Fact]
    public async Task The_partner_token_learns_both_tenant_ids_without_naming_one()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.Partner);

        var me = await api.GetAsync("/api/v1/me");

        me.Status.Should().Be(HttpStatusCode.OK, "getMe acts for no tenant, so X-Tenant-ID is not needed");
        var tenants = me.Data.GetProperty("tenants").EnumerateArray().ToList();
        tenants.Select(t => t.GetProperty("id").GetString()).Should().Equal(server.DemoTokens.Tenant, server.DemoTokens.SecondTenant);
        tenants.Should().OnlyContain(t => !t.GetProperty("default").GetBoolean(), "the partner token has no default tenant");
        (await api.GetAsync("/api/v1/subscribers")).Code.Should().Be(400, "other operations still need X-Tenant-ID from this token");
    }

    [Fact]
    public async Task A_named_tenant_the_token_may_not_use_is_still_forbidden()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var me = await api.GetAsync("/api/v1/me", Keys.Tenant(server.DemoTokens.SecondTenant));

        me.Code.Should().Be(403);
        me.ErrorCode.Should().Be("tenant_forbidden");
    }

    [Fact]
    public async Task The_rate_limit_window_counts_down_with_each_request()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 10 });
        await using var _server = server;
        using var api = new ApiClient(server);

        var first = (await api.GetAsync("/api/v1/me")).Data.GetProperty("rate_limit");
        var second = (await api.GetAsync("/api/v1/me")).Data.GetProperty("rate_limit");

        first.GetProperty("limit").GetInt32().Should().Be(10);
        first.GetProperty("remaining").GetInt32().Should().Be(9);
        second.GetProperty("remaining").GetInt32().Should().Be(8, "the clock is frozen, so both requests fall in one window");
    }
}
