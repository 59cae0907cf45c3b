namespace WISPGate.MockServer.Tests.Identity;

/// <summary>
/// API keys over HTTP: a created key works at once with exactly its scopes and tenants; key management needs
/// <c>admin</c>; revoke → 401 <c>token_revoked</c>; roll → both work until the old key's <c>expires_at</c> (server clock),
/// then 401 <c>token_expired</c>; a live key → 401 <c>wrong_environment</c>; the secret is shown once.
/// </summary>
public sealed class ApiKeyTests
{
    [Fact]
    public async Task A_created_key_works_at_once_with_exactly_its_scopes()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);

        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "CRM sync", scopes = new[] { "read" } });

        created.Code.Should().Be(201);
        created.Header("Location").Should().Be($"/api/v1/api-keys/{created.DataString("id")}");
        var token = created.DataString("token")!;
        token.Should().MatchRegex("^wgk_test_[0-9a-f]{32}$");
        created.DataString("prefix").Should().Be(token[..13]);
        created.Data.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()).Should().Equal(server.DemoTokens.Tenant);
        using var readOnly = new ApiClient(server, token);
        (await readOnly.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "the key works at once");
        var write = await readOnly.PostAsync("/api/v1/tickets", new { subject = "x", description = "y" });
        write.Code.Should().Be(403);
        write.ErrorCode.Should().Be("insufficient_scope");
        var manage = await readOnly.GetAsync("/api/v1/api-keys");
        manage.Code.Should().Be(403, "key management needs admin");
        manage.ErrorCode.Should().Be("insufficient_scope");
        var me = await readOnly.GetAsync("/api/v1/me");
        me.Data.GetProperty("token").GetProperty("id").GetString().Should().Be(created.DataString("id"));
        me.Data.GetProperty("token").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Should().Equal("read");
    }

    [Fact]
    public async Task A_key_without_admin_cannot_manage_keys_and_a_write_key_can_write()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "Billing export", scopes = new[] { "read", "write" } });
        using var writer = new ApiClient(server, created.DataString("token"));

        (await writer.PostAsync("/api/v1/tickets", new { subject = "Check the radio", description = "Signal drops at night." })).Code.Should().Be(201);
        foreach (var (method, path) in new[] { ("GET", "/api/v1/api-keys"), ("POST", "/api/v1/api-keys"), ("GET", "/api/v1/api-keys/key_000001"), ("POST", "/api/v1/api-keys/key_000001/revoke"), ("POST", "/api/v1/api-keys/key_000001/roll") })
        {
            var response = method == "GET" ? await writer.GetAsync(path) : await writer.PostAsync(path, new { name = "x", scopes = new[] { "read" } });
            response.Code.Should().Be(403, $"{method} {path} needs admin");
            response.ErrorCode.Should().Be("insufficient_scope");
        }

        (await admin.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "the demo key was not revoked by the refused calls");
    }

    [Fact]
    public async Task A_key_gets_only_tenants_and_scopes_its_creator_has()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);

        var foreignTenant = await admin.PostAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "read" }, tenants = new[] { server.DemoTokens.SecondTenant } });
        foreignTenant.Code.Should().Be(403);
        foreignTenant.ErrorCode.Should().Be("tenant_forbidden");
        foreignTenant.ErrorField.Should().Be("tenants");

        var badScope = await admin.PostAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "superuser" } });
        badScope.Code.Should().Be(422, "an unknown scope is not one of ApiKeyScope");
        badScope.ErrorCode.Should().Be("validation_error");

        var past = await admin.PostAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "read" }, expires_at = "2000-01-01T00:00:00Z" });
        past.Code.Should().Be(422);
        past.ErrorField.Should().Be("expires_at");

        var keyAdmin = await admin.PostAsync("/api/v1/api-keys", new { name = "Key admin without write", scopes = new[] { "read", "admin" } });
        using var limited = new ApiClient(server, keyAdmin.DataString("token"));
        var escalation = await limited.PostAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "read", "write" } });
        escalation.Code.Should().Be(403, "a key cannot grant a scope it does not have");
        escalation.ErrorCode.Should().Be("insufficient_scope");
        escalation.ErrorField.Should().Be("scopes");
        (await limited.PostAsync("/api/v1/api-keys", new { name = "Read only", scopes = new[] { "read" } })).Code.Should().Be(201);
    }

    [Fact]
    public async Task A_partner_key_for_one_tenant_acts_for_that_tenant_only()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "One tenant", scopes = new[] { "read" }, tenants = new[] { server.DemoTokens.Tenant } });
        using var key = new ApiClient(server, created.DataString("token"));

        (await key.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "a key for one tenant uses it by default");
        var other = await key.GetAsync("/api/v1/subscribers", Keys.Tenant(server.DemoTokens.SecondTenant));
        other.Code.Should().Be(403);
        other.ErrorCode.Should().Be("tenant_forbidden");
        (await admin.GetAsync($"/api/v1/api-keys/{created.DataString("id")}")).Code.Should().Be(200, "the key is visible from its tenant");
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        (await partner.GetAsync("/api/v1/api-keys", Keys.Tenant(server.DemoTokens.SecondTenant))).Code.Should().Be(403, "the partner token has no admin scope");
    }

    [Fact]
    public async Task Secrets_are_shown_by_create_only_and_never_by_get_list_or_events()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "Shown once", scopes = new[] { "read" } });
        var token = created.DataString("token")!;
        var id = created.DataString("id")!;

        var get = await admin.GetAsync($"/api/v1/api-keys/{id}");
        var list = await admin.GetAsync("/api/v1/api-keys");
        var events = await admin.GetAsync("/api/v1/events?type=api_key.created");

        get.Data.TryGetProperty("token", out _).Should().BeFalse();
        get.Body.Should().NotContain(token);
        list.Ids.Should().Contain(id).And.Contain("key_000001", "the demo seed's keys are listed too");
        list.Body.Should().NotContain(token);
        events.Body.Should().Contain(id, "api_key.created is recorded").And.NotContain(token);
    }

    [Fact]
    public async Task A_revoked_key_answers_token_revoked_on_its_next_request()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "Leaked", scopes = new[] { "read" } });
        using var key = new ApiClient(server, created.DataString("token"));
        (await key.GetAsync("/api/v1/subscribers")).Code.Should().Be(200);

        var revoke = await admin.PostAsync($"/api/v1/api-keys/{created.DataString("id")}/revoke");
        var next = await key.GetAsync("/api/v1/subscribers");
        var again = await admin.PostAsync($"/api/v1/api-keys/{created.DataString("id")}/revoke");

        revoke.Code.Should().Be(200);
        revoke.Data.GetProperty("revoked_at").ValueKind.Should().Be(JsonValueKind.String);
        revoke.Data.GetProperty("last_used_at").ValueKind.Should().Be(JsonValueKind.String, "the key was used before");
        next.Code.Should().Be(401);
        next.ErrorCode.Should().Be("token_revoked");
        next.Header("WWW-Authenticate").Should().Be("Bearer");
        again.Code.Should().Be(409);
        again.ErrorCode.Should().Be("invalid_state_transition");
    }

    [Fact]
    public async Task A_rolled_key_works_until_its_expires_at_on_the_server_clock_then_answers_token_expired()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "Rotating", scopes = new[] { "read" } });
        var oldId = created.DataString("id")!;
        using var oldKey = new ApiClient(server, created.DataString("token"));

        var rolled = await admin.PostAsync($"/api/v1/api-keys/{oldId}/roll", new { expire_previous_in_seconds = 3600 });
        rolled.Code.Should().Be(200);
        var newToken = rolled.DataString("token")!;
        newToken.Should().NotBe(created.DataString("token"));
        rolled.DataString("id").Should().NotBe(oldId);
        rolled.Data.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Should().Equal("read");
        using var newKey = new ApiClient(server, newToken);
        var old = await admin.GetAsync($"/api/v1/api-keys/{oldId}");
        DateTimeOffset.Parse(old.DataString("expires_at")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(server.Clock.GetUtcNow().AddHours(1), TimeSpan.FromSeconds(5));

        (await newKey.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "the new key works at once");
        (await oldKey.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "the old key keeps working until its expires_at");
        server.Clock.Advance(TimeSpan.FromMinutes(59));
        (await oldKey.GetAsync("/api/v1/subscribers")).Code.Should().Be(200, "59 minutes later it still works");
        server.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await oldKey.GetAsync("/api/v1/subscribers");
        expired.Code.Should().Be(401);
        expired.ErrorCode.Should().Be("token_expired");
        (await newKey.GetAsync("/api/v1/subscribers")).Code.Should().Be(200);
        var rollAgain = await admin.PostAsync($"/api/v1/api-keys/{oldId}/roll");
        rollAgain.Code.Should().Be(409, "an expired key cannot be rolled");
    }

    [Fact]
    public async Task Rolling_without_a_body_gives_the_old_key_24_hours()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var created = await admin.PostAsync("/api/v1/api-keys", new { name = "Default roll", scopes = new[] { "read" } });
        using var oldKey = new ApiClient(server, created.DataString("token"));

        (await admin.PostAsync($"/api/v1/api-keys/{created.DataString("id")}/roll")).Code.Should().Be(200);
        server.Clock.Advance(TimeSpan.FromHours(23.9));
        (await oldKey.GetAsync("/api/v1/me")).Code.Should().Be(200);
        server.Clock.Advance(TimeSpan.FromHours(0.2));
        (await oldKey.GetAsync("/api/v1/me")).ErrorCode.Should().Be("token_expired");
    }

    [Fact]
    public async Task A_live_key_sent_to_the_mock_server_is_told_it_is_in_the_wrong_environment()
    {
        await using var server = await MockServers.StartAsync();
        using var live = new ApiClient(server, "wgk_live_3f9a0c1e5b7d4a2f8e6c0b9d1a3e5f70");

        var response = await live.GetAsync("/api/v1/subscribers");

        response.Code.Should().Be(401);
        response.ErrorCode.Should().Be("wrong_environment");
        response.Error.GetProperty("message").GetString().Should().Contain("live key").And.Contain("test environment").And.Contain("wgk_test_");
    }

    [Fact]
    public async Task An_unknown_test_key_is_still_plain_unauthorized()
    {
        await using var server = await MockServers.StartAsync();
        using var stranger = new ApiClient(server, "wgk_test_00000000000000000000000000000000");

        var response = await stranger.GetAsync("/api/v1/me");

        response.Code.Should().Be(401);
        response.ErrorCode.Should().Be("unauthorized");
    }

    [Fact]
    public async Task A_created_key_is_found_among_many_and_a_reset_forgets_it()
    {
        await using var server = await MockServers.StartAsync();
        using var admin = new ApiClient(server);
        var tokens = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            tokens.Add((await admin.PostAsync("/api/v1/api-keys", new { name = $"Key {i}", scopes = new[] { "read" } })).DataString("token")!);
        }

        foreach (var token in tokens.Where((_, i) => i % 10 == 0))
        {
            using var key = new ApiClient(server, token);
            (await key.GetAsync("/api/v1/me")).Code.Should().Be(200);
        }

        await server.ResetAsync(TestContext.Current.CancellationToken);
        using var afterReset = new ApiClient(server, tokens[0]);
        (await afterReset.GetAsync("/api/v1/me")).ErrorCode.Should().Be("unauthorized", "a reset goes back to the seed's keys");
    }
}
