using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// The service actions: the network work is a provisioning job (202) that moves queued → sent (1 s) → acked (2 s) on the
/// server clock; the status (with its service.* event) and the network effects change when it is acked (see also
/// <see cref="ServiceStatusFollowsNetworkTests"/>). A package change applies at once; its job pushes the rates.
/// </summary>
public sealed class ServiceActionTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Activation_moves_its_job_along_the_server_clock_then_issues_the_account_and_opens_a_session()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var start = time.GetUtcNow();

        var accepted = await api.PostAsync("/api/v1/services/svc_000004/activate", new { reason = "installation done" });

        accepted.Status.Should().Be(HttpStatusCode.Accepted);
        var jobId = accepted.DataString("id")!;
        jobId.Should().StartWith("job_");
        accepted.Header("Location").Should().Be($"/api/v1/provisioning-jobs/{jobId}");
        accepted.DataString("action").Should().Be("activate_service");
        accepted.DataString("target_id").Should().Be("svc_000004");
        accepted.DataString("status").Should().Be("queued");
        accepted.DataString("reason").Should().Be("installation done");
        accepted.Data.GetProperty("attempts").GetInt32().Should().Be(0);
        accepted.Data.GetProperty("completed_at").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync("/api/v1/services/svc_000004")).DataString("status").Should().Be("pending", "the status changes when the job is acknowledged");
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.NotFound, "the account is issued when the job is acknowledged");

        server.Clock.Advance(OneSecond);
        var sent = await api.GetAsync($"/api/v1/provisioning-jobs/{jobId}");
        sent.DataString("status").Should().Be("sent");
        sent.Data.GetProperty("attempts").GetInt32().Should().Be(1);
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000004")).Ids.Should().BeEmpty();

        server.Clock.Advance(OneSecond);
        var acked = await api.GetAsync($"/api/v1/provisioning-jobs/{jobId}");
        acked.DataString("status").Should().Be("acked");
        acked.DataString("completed_at").Should().Be(Stamp(start.AddSeconds(2)));
        acked.Data.GetProperty("error_cause").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync("/api/v1/services/svc_000004")).DataString("status").Should().Be("active");

        var aaa = await api.GetAsync("/api/v1/services/svc_000004/aaa");
        aaa.Status.Should().Be(HttpStatusCode.OK);
        aaa.DataString("service_id").Should().Be("svc_000004");
        aaa.DataString("username").Should().Be("svc_000004@wisp.example");
        aaa.Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        aaa.DataString("framed_ip_address").Should().Be("100.64.0.5");
        aaa.Data.GetProperty("mac_binding").ValueKind.Should().Be(JsonValueKind.Null);
        aaa.Data.GetProperty("reply_attributes").GetProperty("Mikrotik-Rate-Limit").GetString().Should().Be("5M/25M");

        var sessions = await api.GetAsync("/api/v1/sessions?service_id=svc_000004");
        sessions.Ids.Should().ContainSingle();
        var session = sessions.Data[0];
        session.GetProperty("status").GetString().Should().Be("active");
        session.GetProperty("username").GetString().Should().Be("svc_000004@wisp.example");
        session.GetProperty("nas_ip_address").GetString().Should().Be("10.0.0.1");
        session.GetProperty("framed_ip_address").GetString().Should().Be("100.64.0.5");
        session.GetProperty("started_at").GetString().Should().Be(Stamp(start.AddSeconds(2)));
        (await EventLog.TypesAsync(api)).Should().Equal("service.activated", "session.started", "provisioning_job.completed");
    }

    [Fact]
    public async Task Suspension_disconnects_the_sessions_and_disables_the_account_and_resumption_reconnects()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var suspend = await api.PostAsync("/api/v1/services/svc_000001/suspend", new { reason = "non-payment" });
        (await api.GetAsync("/api/v1/sessions/ses_000003")).DataString("status").Should().Be("active", "the NAS has not answered yet");
        server.Clock.Advance(TimeSpan.FromSeconds(2));

        suspend.Status.Should().Be(HttpStatusCode.Accepted);
        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("suspended");
        var closed = await api.GetAsync("/api/v1/sessions/ses_000003");
        closed.DataString("status").Should().Be("closed");
        closed.DataString("terminate_cause").Should().Be("Admin-Reset");
        closed.DataString("stopped_at").Should().NotBeNull();
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeFalse();

        var resume = await api.PostAsync("/api/v1/services/svc_000001/resume");
        server.Clock.Advance(TimeSpan.FromSeconds(2));

        resume.DataString("action").Should().Be("resume_service");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        var active = await api.GetAsync("/api/v1/sessions?service_id=svc_000001&status=active");
        active.Ids.Should().ContainSingle().Which.Should().NotBe("ses_000003");
        active.Data[0].GetProperty("calling_station_id").GetString().Should().Be("AA:BB:CC:00:01:01", "the bound CPE's MAC");
        (await EventLog.TypesAsync(api)).Should().Equal(
            "service.suspended", "session.disconnected", "provisioning_job.completed",
            "service.resumed", "session.started", "provisioning_job.completed");
    }

    [Fact]
    public async Task Termination_job_unbinds_the_devices_disconnects_and_removes_the_account()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var terminate = await api.PostAsync("/api/v1/services/svc_000002/terminate");
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var service = await api.GetAsync("/api/v1/services/svc_000002");
        var device = await api.GetAsync("/api/v1/devices/dev_000002");

        terminate.Status.Should().Be(HttpStatusCode.Accepted);
        service.DataString("status").Should().Be("terminated");
        service.Data.GetProperty("devices").GetArrayLength().Should().Be(0);
        device.DataString("status").Should().Be("returned");
        device.Data.GetProperty("service_id").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync("/api/v1/services/svc_000002/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/sessions/ses_000004")).DataString("status").Should().Be("closed");
        (await EventLog.TypesAsync(api)).Should().Equal("service.terminated", "device.updated", "session.disconnected", "provisioning_job.completed");
    }

    [Fact]
    public async Task A_package_change_applies_at_once_and_its_job_pushes_the_rates_by_CoA()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var change = await api.PostAsync("/api/v1/services/svc_000002/change-package", new { service_package_id = "pkg_000003" });
        server.Clock.Advance(TimeSpan.FromSeconds(2));

        change.Status.Should().Be(HttpStatusCode.Accepted);
        change.DataString("action").Should().Be("change_package");
        (await api.GetAsync($"/api/v1/provisioning-jobs/{change.DataString("id")}")).DataString("status").Should().Be("acked");
        (await api.GetAsync("/api/v1/services/svc_000002")).DataString("service_package_id").Should().Be("pkg_000003");
        (await api.GetAsync("/api/v1/services/svc_000002/aaa")).Data.GetProperty("reply_attributes").GetProperty("Mikrotik-Rate-Limit").GetString().Should().Be("50M/250M");
        (await api.GetAsync("/api/v1/sessions/ses_000004")).DataString("status").Should().Be("active", "a CoA keeps the session");
        (await EventLog.TypesAsync(api)).Should().Equal("service.package_changed", "provisioning_job.completed");
    }

    [Theory]
    [InlineData("pkg_999999", "unknown_reference")]
    [InlineData("pkg_000004", "archived")]
    [InlineData("pkg_000001", "unchanged")]
    public async Task A_package_change_to_an_unusable_package_is_422(string package, string code)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/services/svc_000002/change-package", new { service_package_id = package });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorField.Should().Be("service_package_id");
        response.Error.GetProperty("details")[0].GetProperty("code").GetString().Should().Be(code);
    }

    [Theory]
    [InlineData("svc_000001", "activate")]
    [InlineData("svc_000001", "resume")]
    [InlineData("svc_000004", "suspend")]
    [InlineData("svc_000004", "resume")]
    [InlineData("svc_000003", "suspend")]
    [InlineData("svc_000005", "terminate")]
    [InlineData("svc_000005", "activate")]
    [InlineData("svc_000005", "change-package")]
    public async Task An_action_the_service_state_does_not_allow_is_409_and_starts_no_job(string service, string action)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync($"/api/v1/services/{service}/{action}", action == "change-package" ? new { service_package_id = "pkg_000002" } : null);

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be("invalid_state_transition");
        (await api.GetAsync("/api/v1/provisioning-jobs")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/events")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_and_other_tenants_services_are_404()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.PostAsync("/api/v1/services/svc_999999/activate")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync("/api/v1/services/svc_000006/suspend")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/services/svc_000006/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).ErrorCode.Should().Be("not_found", "a service never activated has no account");
    }

    [Fact]
    public async Task The_seeded_accounts_show_package_rates_burst_and_the_bound_CPE()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var aaa = await api.GetAsync("/api/v1/services/svc_000001/aaa");

        aaa.Data.GetProperty("reply_attributes").GetProperty("Mikrotik-Rate-Limit").GetString().Should().Be("20M/100M 25M/120M");
        aaa.Data.GetProperty("reply_attributes").GetProperty("Session-Timeout").GetString().Should().Be("86400", "the package's own attributes are merged in");
        aaa.DataString("mac_binding").Should().Be("AA:BB:CC:00:01:01");
        (await api.GetAsync("/api/v1/services/svc_000003/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Jobs_are_listed_newest_first_with_filters_and_the_admin_clock_moves_them_too()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var activate = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id");
        var suspend = (await api.PostAsync("/api/v1/services/svc_000002/suspend")).DataString("id");

        using var admin = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        (await admin.PostAsync("/__admin/wispgate/clock/advance", ApiClient.Json(new { seconds = 3 }), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var disconnect = (await api.PostAsync("/api/v1/sessions/ses_000003/disconnect")).DataString("id");

        (await api.GetAsync("/api/v1/provisioning-jobs")).Ids.Should().Equal(disconnect, suspend, activate);
        (await api.GetAsync("/api/v1/provisioning-jobs?status=acked")).Ids.Should().Equal(suspend, activate);
        (await api.GetAsync("/api/v1/provisioning-jobs?status=queued,sent")).Ids.Should().Equal(disconnect);
        (await api.GetAsync("/api/v1/provisioning-jobs?action=suspend_service,disconnect_session")).Ids.Should().Equal(disconnect, suspend);
        (await api.GetAsync("/api/v1/provisioning-jobs?target_id=svc_000004")).Ids.Should().Equal(activate);
        (await api.GetAsync("/api/v1/provisioning-jobs?limit=1")).Meta.GetProperty("pagination").GetProperty("has_more").GetBoolean().Should().BeTrue();
        (await api.GetAsync("/api/v1/provisioning-jobs?status=done")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/provisioning-jobs/job_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_action_with_its_idempotency_key_replays_the_same_job()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PostAsync("/api/v1/services/svc_000004/activate", null, Keys.Idempotency("activate-svc-4"));
        var replay = await api.PostAsync("/api/v1/services/svc_000004/activate", null, Keys.Idempotency("activate-svc-4"));
        var fresh = await api.PostAsync("/api/v1/services/svc_000004/activate", null, Keys.Idempotency("activate-svc-4-again"));

        replay.Status.Should().Be(HttpStatusCode.Accepted);
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        replay.DataString("id").Should().Be(first.DataString("id"));
        fresh.ErrorCode.Should().Be("invalid_state_transition", "without the key the second activation is a new request");
        (await api.GetAsync("/api/v1/provisioning-jobs")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task A_read_only_token_cannot_start_jobs()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.ReadOnly);

        (await api.PostAsync("/api/v1/services/svc_000004/activate")).ErrorCode.Should().Be("insufficient_scope");
        (await api.GetAsync("/api/v1/provisioning-jobs")).Status.Should().Be(HttpStatusCode.OK);
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
