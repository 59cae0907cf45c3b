using WISPGate.MockServer.Tests.Security;
using WISPGate.MockServer.Tests.Support;
using WISPGate.MockServer.Tests.Webhooks;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// Provisioning hooks as a resource: the secret is shown once and kept out of reads and the request log, URLs follow the
/// webhook endpoints' rules, one enabled hook per action (409 <c>provisioning_hook_conflict</c>), tenants without an
/// enabled hook for an action keep the built-in simulation, ack/nak only apply to a job waiting for its hook, and
/// reset and seeds know hooks.
/// </summary>
public sealed class ProvisioningHookTests
{
    private const string AdminToken = "admin-token-for-the-hook-log-5d2a";

    [Fact]
    public async Task The_secret_is_in_the_create_response_only_and_never_in_reads_or_the_request_log()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://noc.example.com/wispgate", actions = new[] { "*" } }, new Dictionary<string, string> { ["X-Idempotency-Key"] = "hook-1" });
        var replay = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://noc.example.com/wispgate", actions = new[] { "*" } }, new Dictionary<string, string> { ["X-Idempotency-Key"] = "hook-1" });
        var id = created.DataString("id")!;
        var secret = created.DataString("secret")!;
        var fetched = await api.GetAsync($"/api/v1/provisioning-hooks/{id}");
        var listed = await api.GetAsync("/api/v1/provisioning-hooks");
        var patched = await api.PatchAsync($"/api/v1/provisioning-hooks/{id}", new { description = "renamed" });
        var log = await SecretBearingJourney.RequestLogAsync(server.BaseUrl, AdminToken);

        created.Status.Should().Be(HttpStatusCode.Created);
        created.Header("Location").Should().Be($"/api/v1/provisioning-hooks/{id}");
        id.Should().MatchRegex("^prh_[0-9]{6}$");
        secret.Should().MatchRegex("^whsec_[0-9a-f]{32}$");
        created.Data.GetProperty("enabled").GetBoolean().Should().BeTrue("enabled by default");
        replay.DataString("secret").Should().Be(secret, "an idempotent replay answers the same create");
        fetched.Data.TryGetProperty("secret", out _).Should().BeFalse();
        listed.Ids.Should().Equal(id);
        listed.Data[0].TryGetProperty("secret", out _).Should().BeFalse();
        patched.Data.TryGetProperty("secret", out _).Should().BeFalse();
        patched.DataString("description").Should().Be("renamed");
        foreach (var body in new[] { fetched.Body, listed.Body, patched.Body })
        {
            body.Should().NotContain(secret);
        }

        log.Should().NotContain(secret, "WireMock's request log keeps the create and its replay with the secret masked");
        log.Should().Contain($"\"secret\":\"{new string('*', secret.Length)}\"");
    }

    [Theory]
    [InlineData("ftp://noc.example.com/hook")]
    [InlineData("/relative/hook")]
    [InlineData("http://127.0.0.1:5080/__admin/requests")]
    [InlineData("http://localhost/__ADMIN/wispgate/reset")]
    public async Task Only_absolute_http_urls_outside_any_admin_api_are_accepted(string url)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var hook = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://noc.example.com/hook", actions = new[] { "coa_session" } });

        var created = await api.PostAsync("/api/v1/provisioning-hooks", new { url, actions = new[] { "activate_service" } });
        var patched = await api.PatchAsync($"/api/v1/provisioning-hooks/{hook.DataString("id")}", new { url });

        created.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        created.ErrorField.Should().Be("url");
        patched.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        patched.ErrorField.Should().Be("url");
        (await api.GetAsync("/api/v1/provisioning-hooks")).Ids.Should().ContainSingle("nothing was stored");
        (await api.GetAsync($"/api/v1/provisioning-hooks/{hook.DataString("id")}")).DataString("url").Should().Be("https://noc.example.com/hook");
    }

    [Fact]
    public async Task One_enabled_hook_per_action_overlaps_answer_409_and_disabled_hooks_may_overlap()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var first = (await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://a.example.com/h", actions = new[] { "activate_service", "suspend_service" } })).DataString("id");

        var overlapping = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://b.example.com/h", actions = new[] { "suspend_service", "coa_session" } });
        var everything = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://b.example.com/h", actions = new[] { "*" } });
        var disjoint = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://b.example.com/h", actions = new[] { "coa_session" } });
        var disabled = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://c.example.com/h", actions = new[] { "*" }, enabled = false });
        var enabling = await api.PatchAsync($"/api/v1/provisioning-hooks/{disabled.DataString("id")}", new { enabled = true });
        var widening = await api.PatchAsync($"/api/v1/provisioning-hooks/{disjoint.DataString("id")}", new { actions = new[] { "coa_session", "activate_service" } });
        await api.PatchAsync($"/api/v1/provisioning-hooks/{first}", new { enabled = false });
        var widenedAfterDisabling = await api.PatchAsync($"/api/v1/provisioning-hooks/{disjoint.DataString("id")}", new { actions = new[] { "coa_session", "activate_service" } });

        overlapping.Status.Should().Be(HttpStatusCode.Conflict);
        overlapping.ErrorCode.Should().Be("provisioning_hook_conflict");
        overlapping.ErrorField.Should().Be("actions");
        overlapping.Error.GetProperty("message").GetString().Should().Contain(first).And.Contain("suspend_service");
        everything.ErrorCode.Should().Be("provisioning_hook_conflict", "* covers every action");
        disjoint.Status.Should().Be(HttpStatusCode.Created);
        disabled.Status.Should().Be(HttpStatusCode.Created, "a disabled hook takes no jobs, so it may overlap");
        enabling.ErrorCode.Should().Be("provisioning_hook_conflict");
        widening.ErrorCode.Should().Be("provisioning_hook_conflict");
        widenedAfterDisabling.Status.Should().Be(HttpStatusCode.OK);
        widenedAfterDisabling.Data.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).Should().Equal("coa_session", "activate_service");
    }

    [Fact]
    public async Task Actions_must_be_provisioning_actions_or_the_wildcard()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var unknown = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://a.example.com/h", actions = new[] { "reboot_router" } });
        var empty = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://a.example.com/h", actions = Array.Empty<string>() });
        var missing = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://a.example.com/h" });

        unknown.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        unknown.ErrorCode.Should().Be("validation_error");
        empty.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        missing.Status.Should().Be(HttpStatusCode.BadRequest);
        missing.ErrorCode.Should().Be("missing_required_field");
        (await api.GetAsync("/api/v1/provisioning-hooks")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Jobs_of_actions_without_an_enabled_hook_keep_the_built_in_simulation()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Acked);
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/provisioning-hooks", new { url = hook.Url, actions = new[] { "*" }, enabled = false });
        await HookApi.RegisterAsync(api, hook.Url, "terminate_service");

        var accepted = await api.PostAsync("/api/v1/services/svc_000004/activate");
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var job = await api.GetAsync($"/api/v1/provisioning-jobs/{accepted.DataString("id")}");

        accepted.Data.GetProperty("provisioning_hook_id").ValueKind.Should().Be(JsonValueKind.Null, "the only hook for activations is disabled");
        job.DataString("status").Should().Be("acked", "the built-in network answered on the server clock");
        job.Data.GetProperty("attempts").GetInt32().Should().Be(1);
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.OK);
        hook.Received.Should().BeEmpty("no job was the hook's");
    }

    [Fact]
    public async Task A_hook_serves_only_its_own_tenant()
    {
        await using var server = await MockServers.StartAsync(HookApi.SingleAttempt);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Deferred);
        using var api = new ApiClient(server);
        using var partner = new ApiClient(server, "wgk_test_partner");
        var otherTenant = new Dictionary<string, string> { ["X-Tenant-ID"] = "tenant_demo_002" };
        var (hookId, _) = await HookApi.RegisterAsync(api, hook.Url, "*");

        var foreign = await partner.PostAsync("/api/v1/services/svc_000006/suspend", new { reason = "other tenant" }, otherTenant);
        var own = (await api.PostAsync("/api/v1/services/svc_000001/suspend")).DataString("id")!;
        var call = (await hook.CallsAsync(1))[0];
        var hookSeenFromOtherTenant = await partner.GetAsync($"/api/v1/provisioning-hooks/{hookId}", otherTenant);
        var ackFromOtherTenant = await partner.PostAsync($"/api/v1/provisioning-jobs/{own}/ack", null, otherTenant);

        foreign.Data.GetProperty("provisioning_hook_id").ValueKind.Should().Be(JsonValueKind.Null, "the other tenant has no hook");
        call.Json.GetProperty("job").GetProperty("id").GetString().Should().Be(own);
        hookSeenFromOtherTenant.Status.Should().Be(HttpStatusCode.NotFound);
        ackFromOtherTenant.Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/provisioning-jobs/" + own)).DataString("status").Should().Be("sent");
    }

    [Fact]
    public async Task Ack_and_nak_apply_only_to_a_job_waiting_for_its_hook()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id");

        var queuedAck = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/ack");
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var sentNak = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/nak", new { error_cause = 506 });
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var ackedAck = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/ack");
        var unknown = await api.PostAsync("/api/v1/provisioning-jobs/job_999999/ack");
        var missingCause = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/nak", new { error_message = "no cause" });

        foreach (var refused in new[] { queuedAck, sentNak, ackedAck })
        {
            refused.Status.Should().Be(HttpStatusCode.Conflict);
            refused.ErrorCode.Should().Be("invalid_state_transition");
            refused.ErrorField.Should().Be("status");
        }

        queuedAck.Error.GetProperty("message").GetString().Should().Contain("built-in network");
        unknown.Status.Should().Be(HttpStatusCode.NotFound);
        missingCause.Status.Should().Be(HttpStatusCode.BadRequest);
        missingCause.ErrorField.Should().Be("error_cause");
        (await api.GetAsync($"/api/v1/provisioning-jobs/{jobId}")).DataString("status").Should().Be("acked", "the refused answers changed nothing");
    }

    [Fact]
    public async Task Delete_removes_the_hook_and_a_reset_forgets_every_hook()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var first = (await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://a.example.com/h", actions = new[] { "activate_service" } })).DataString("id");
        await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://b.example.com/h", actions = new[] { "coa_session" } });

        var deleted = await api.DeleteAsync($"/api/v1/provisioning-hooks/{first}");
        var gone = await api.GetAsync($"/api/v1/provisioning-hooks/{first}");
        var again = await api.DeleteAsync($"/api/v1/provisioning-hooks/{first}");
        var remaining = await api.GetAsync("/api/v1/provisioning-hooks");
        var activation = await api.PostAsync("/api/v1/services/svc_000004/activate");
        await server.ResetAsync(TestContext.Current.CancellationToken);
        var afterReset = await api.GetAsync("/api/v1/provisioning-hooks");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        gone.Status.Should().Be(HttpStatusCode.NotFound);
        again.Status.Should().Be(HttpStatusCode.NotFound);
        remaining.Ids.Should().ContainSingle();
        activation.Data.GetProperty("provisioning_hook_id").ValueKind.Should().Be(JsonValueKind.Null, "the deleted hook takes no new jobs");
        afterReset.Ids.Should().BeEmpty("a reset goes back to the seed, which has no enabled hook");
    }

    [Fact]
    public async Task A_seeded_hook_is_listed_without_its_secret_and_signs_its_calls_with_it()
    {
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Acked);
        const string seededSecret = "whsec_seeded0123456789abcdef0123456";
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $$"""
            {"tenants":[{"id":"acme"}],
             "tokens":[{"token":"wgk_test_acme","scopes":["read","write"],"tenants":["acme"],"default_tenant":"acme"}],
             "data":{"acme":{
               "service_packages":[{"id":"pkg_000900","name":"Basic","download_kbps":10000,"upload_kbps":2000,"price":{"amount":2999,"currency":"USD"},"radius_attributes":{},"archived":false,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}],
               "subscribers":[{"id":"sub_000900","full_name":"Seeded Person","status":"active","billing_profile_id":null,"created_at":"2026-01-01T00:00:00Z"}],
               "services":[{"id":"svc_000900","subscriber_id":"sub_000900","service_package_id":"pkg_000900","status":"pending","devices":[],"created_at":"2026-01-01T00:00:00Z"}],
               "provisioning_hooks":[{"id":"prh_000900","url":"{{hook.Url}}","actions":["*"],"enabled":true,"secret":"{{seededSecret}}","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}] } } }
            """, TestContext.Current.CancellationToken);
        try
        {
            await using var server = await MockServers.StartAsync(HookApi.QuickRetries with { Seed = file });
            using var api = new ApiClient(server, "wgk_test_acme");

            var listed = await api.GetAsync("/api/v1/provisioning-hooks");
            var jobId = (await api.PostAsync("/api/v1/services/svc_000900/activate")).DataString("id")!;
            var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");
            var next = await api.PostAsync("/api/v1/provisioning-hooks", new { url = "https://x.example.com/h", actions = new[] { "coa_session" }, enabled = false });

            listed.Ids.Should().Equal("prh_000900");
            listed.Body.Should().NotContain(seededSecret);
            job.GetProperty("status").GetString().Should().Be("acked");
            job.GetProperty("provisioning_hook_id").GetString().Should().Be("prh_000900");
            var call = hook.Received.Should().ContainSingle().Subject;
            WebhookSignatures.Verify(call.Header("X-WISPGate-Signature"), seededSecret, call.Body).Valid.Should().BeTrue();
            next.DataString("id").Should().Be("prh_000901", "ids continue after the seed's");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
