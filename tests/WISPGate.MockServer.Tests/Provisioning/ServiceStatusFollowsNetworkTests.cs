using System.Net.Http.Headers;
using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// Issue #17: a service's status follows the network. Activate, suspend, resume and terminate answer 202 and leave the
/// service as it was, with <c>transition</c> naming the job; the status, the <c>service.*</c> event, the RADIUS account,
/// the session and the LibreQoS export change together when the job is acked (on the server clock, or by a provisioning
/// hook). A refused job leaves the status (<c>service.*_failed</c>); a second change while one is in flight is 409.
/// </summary>
public sealed class ServiceStatusFollowsNetworkTests
{
    private static readonly TimeSpan JobTime = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Activation_changes_status_event_account_session_and_export_only_when_its_job_is_acked()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var device = (await api.PostAsync("/api/v1/devices", new { serial = "NS-1", mac = "aa:bb:cc:dd:00:01", name = "new-cpe", parent_node = "AP-Mesa-1" })).DataString("id")!;
        (await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = device })).Status.Should().Be(HttpStatusCode.OK);
        var eventsBefore = (await EventLog.TypesAsync(api)).Count;

        var accepted = await api.PostAsync("/api/v1/services/svc_000004/activate");
        var jobId = accepted.DataString("id")!;
        server.Clock.Advance(TimeSpan.FromSeconds(1));

        accepted.Status.Should().Be(HttpStatusCode.Accepted);
        var inFlight = await api.GetAsync("/api/v1/services/svc_000004");
        inFlight.DataString("status").Should().Be("pending", "the job is only sent, not acked");
        var transition = inFlight.Data.GetProperty("transition");
        transition.GetProperty("action").GetString().Should().Be("activate_service");
        transition.GetProperty("target_status").GetString().Should().Be("active");
        transition.GetProperty("provisioning_job_id").GetString().Should().Be(jobId);
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000004")).Ids.Should().BeEmpty();
        (await ExportAsync(api)).Should().NotContain(row => row.GetProperty("Circuit ID").GetString() == "svc_000004");
        (await EventLog.TypesAsync(api)).Skip(eventsBefore).Should().BeEmpty("nothing happened yet");

        server.Clock.Advance(TimeSpan.FromSeconds(1));

        var active = await api.GetAsync("/api/v1/services/svc_000004");
        active.DataString("status").Should().Be("active");
        active.Data.TryGetProperty("transition", out var cleared).Should().BeFalse(cleared.ToString());
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000004&status=active")).Ids.Should().ContainSingle();
        var row = (await ExportAsync(api)).Should().ContainSingle(r => r.GetProperty("Circuit ID").GetString() == "svc_000004").Subject;
        row.GetProperty("IPv4").GetString().Should().Be("100.64.0.5", "the AAA account's framed IP");
        row.GetProperty("Device Name").GetString().Should().Be("new-cpe");
        var events = (await EventLog.EventsAsync(api)).Skip(eventsBefore).ToList();
        events.Select(e => e.GetProperty("type").GetString()).Should().Equal("service.activated", "session.started", "provisioning_job.completed");
        events[0].GetProperty("data").GetProperty("object").GetProperty("status").GetString().Should().Be("active", "the event carries the service as the ack left it");
        events[0].GetProperty("created_at").GetString().Should().Be(events[2].GetProperty("created_at").GetString(), "same moment as the job's completion");
    }

    [Fact]
    public async Task Suspension_keeps_the_service_active_and_online_until_its_job_is_acked()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        (await api.PostAsync("/api/v1/services/svc_000001/suspend")).Status.Should().Be(HttpStatusCode.Accepted);

        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("active");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        (await api.GetAsync("/api/v1/sessions/ses_000003")).DataString("status").Should().Be("active");
        (await ExportAsync(api)).Should().Contain(r => r.GetProperty("Circuit ID").GetString() == "svc_000001");
        (await EventLog.TypesAsync(api)).Should().BeEmpty();

        server.Clock.Advance(JobTime);

        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("suspended");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeFalse();
        (await api.GetAsync("/api/v1/sessions/ses_000003")).DataString("status").Should().Be("closed");
        (await ExportAsync(api)).Should().NotContain(r => r.GetProperty("Circuit ID").GetString() == "svc_000001");
        (await EventLog.TypesAsync(api)).Should().Equal("service.suspended", "session.disconnected", "provisioning_job.completed");
    }

    [Fact]
    public async Task Resumption_keeps_the_service_suspended_and_out_of_the_export_until_its_job_is_acked()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        (await api.PostAsync("/api/v1/services/svc_000003/resume")).Status.Should().Be(HttpStatusCode.Accepted);

        (await api.GetAsync("/api/v1/services/svc_000003")).DataString("status").Should().Be("suspended");
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000003&status=active")).Ids.Should().BeEmpty();
        (await ExportAsync(api)).Should().NotContain(r => r.GetProperty("Circuit ID").GetString() == "svc_000003");
        (await EventLog.TypesAsync(api)).Should().BeEmpty();

        server.Clock.Advance(JobTime);

        (await api.GetAsync("/api/v1/services/svc_000003")).DataString("status").Should().Be("active");
        (await api.GetAsync("/api/v1/services/svc_000003/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000003&status=active")).Ids.Should().ContainSingle();
        (await ExportAsync(api)).Should().Contain(r => r.GetProperty("Circuit ID").GetString() == "svc_000003");
        (await EventLog.TypesAsync(api)).Should().Equal("service.resumed", "session.started", "provisioning_job.completed");
    }

    [Fact]
    public async Task Termination_keeps_the_devices_and_account_until_its_job_is_acked_then_releases_them()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        (await api.PostAsync("/api/v1/services/svc_000002/terminate")).Status.Should().Be(HttpStatusCode.Accepted);

        var inFlight = await api.GetAsync("/api/v1/services/svc_000002");
        inFlight.DataString("status").Should().Be("active");
        inFlight.Data.GetProperty("devices").EnumerateArray().Select(d => d.GetString()).Should().Equal("dev_000002");
        (await api.GetAsync("/api/v1/devices/dev_000002")).DataString("status").Should().Be("assigned");
        (await api.GetAsync("/api/v1/services/svc_000002/aaa")).Status.Should().Be(HttpStatusCode.OK);
        (await ExportAsync(api)).Should().Contain(r => r.GetProperty("Circuit ID").GetString() == "svc_000002");
        (await EventLog.TypesAsync(api)).Should().BeEmpty();

        server.Clock.Advance(JobTime);

        var terminated = await api.GetAsync("/api/v1/services/svc_000002");
        terminated.DataString("status").Should().Be("terminated");
        terminated.Data.GetProperty("devices").GetArrayLength().Should().Be(0);
        (await api.GetAsync("/api/v1/devices/dev_000002")).DataString("status").Should().Be("returned");
        (await api.GetAsync("/api/v1/services/svc_000002/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/sessions/ses_000004")).DataString("status").Should().Be("closed");
        (await ExportAsync(api)).Should().NotContain(r => r.GetProperty("Circuit ID").GetString() == "svc_000002");
        (await EventLog.TypesAsync(api)).Should().Equal("service.terminated", "device.updated", "session.disconnected", "provisioning_job.completed");
    }

    [Theory]
    [InlineData("terminate", null)]
    [InlineData("activate", null)]
    [InlineData("change-package", "pkg_000002")]
    public async Task A_second_change_while_one_is_in_flight_is_409_naming_the_job_and_is_allowed_after_the_ack(string action, string? package)
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var first = await api.PostAsync("/api/v1/services/svc_000004/activate");
        var jobId = first.DataString("id")!;
        object? body = package is null ? null : new { service_package_id = package };

        var refused = await api.PostAsync($"/api/v1/services/svc_000004/{action}", body);

        refused.Status.Should().Be(HttpStatusCode.Conflict);
        refused.ErrorCode.Should().Be("invalid_state_transition");
        refused.Error.GetProperty("message").GetString().Should().Contain(jobId).And.Contain("activate_service");
        (await api.GetAsync("/api/v1/provisioning-jobs")).Ids.Should().Equal(jobId);

        server.Clock.Advance(JobTime);
        var after = await api.PostAsync($"/api/v1/services/svc_000004/{(action == "activate" ? "suspend" : action)}", body);

        after.Status.Should().Be(HttpStatusCode.Accepted, "the change is no longer in flight once its job is acked");
    }

    [Fact]
    public async Task A_device_cannot_be_bound_while_the_service_is_being_terminated()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var terminate = await api.PostAsync("/api/v1/services/svc_000001/terminate");

        var bind = await api.PostAsync("/api/v1/services/svc_000001/devices", new { device_id = "dev_000004" });

        bind.Status.Should().Be(HttpStatusCode.Conflict);
        bind.ErrorCode.Should().Be("invalid_state_transition");
        bind.Error.GetProperty("message").GetString().Should().Contain(terminate.DataString("id")!);
    }

    [Fact]
    public async Task A_nak_from_the_hook_leaves_the_service_pending_with_activation_failed_and_it_can_be_activated_again()
    {
        await using var server = await MockServers.StartAsync(HookApi.SingleAttempt);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Deferred);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "activate_service");
        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        await hook.CallsAsync(1);
        await HookApi.JobAsync(api, jobId, "sent");
        (await api.GetAsync("/api/v1/services/svc_000004")).Data.GetProperty("transition").GetProperty("provisioning_job_id").GetString().Should().Be(jobId);

        var nak = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/nak", new { error_cause = 404, error_message = "no such CPE on the AP" });

        nak.DataString("status").Should().Be("nak");
        var service = await api.GetAsync("/api/v1/services/svc_000004");
        service.DataString("status").Should().Be("pending");
        service.Data.TryGetProperty("transition", out _).Should().BeFalse("the change is no longer in flight");
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        var events = await EventLog.EventsAsync(api, "type=service.activation_failed,service.activated,provisioning_job.failed");
        events.Select(e => e.GetProperty("type").GetString()).Should().Equal("service.activation_failed", "provisioning_job.failed");
        events[0].GetProperty("data").GetProperty("object").GetProperty("status").GetString().Should().Be("pending");
        (await api.PostAsync("/api/v1/services/svc_000004/activate")).Status.Should().Be(HttpStatusCode.Accepted, "a refused activation may be asked for again");
    }

    [Fact]
    public async Task A_hook_ack_is_the_moment_a_suspension_happens_and_a_hook_nak_keeps_the_service_active()
    {
        await using var server = await MockServers.StartAsync(HookApi.SingleAttempt);
        await using var hook = await HookReceiver.StartAsync(call => call == 1 ? HookAnswer.Nak(404, "Session-Context-Not-Found") : HookAnswer.Deferred);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "suspend_service");

        var refusedJob = (await api.PostAsync("/api/v1/services/svc_000001/suspend")).DataString("id")!;
        await HookApi.JobAsync(api, refusedJob, "nak");

        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("active");
        (await EventLog.TypesAsync(api, "type=service.suspended,service.suspension_failed")).Should().Equal("service.suspension_failed");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000001/suspend")).DataString("id")!;
        await HookApi.JobAsync(api, jobId, "sent");
        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("active", "the hook answered 202: not done yet");

        (await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/ack")).DataString("status").Should().Be("acked");

        (await api.GetAsync("/api/v1/services/svc_000001")).DataString("status").Should().Be("suspended");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeFalse();
        (await EventLog.TypesAsync(api, "type=service.suspended,service.suspension_failed")).Should().Equal("service.suspension_failed", "service.suspended");
    }

    private static async Task<IReadOnlyList<JsonElement>> ExportAsync(ApiClient api)
    {
        var response = await api.SendAsync(
            HttpMethod.Post,
            "/api/libreqos/shaped-devices",
            new StringContent("api_token=wgk_test_demo", new MediaTypeHeaderValue("application/x-www-form-urlencoded")));
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return JsonDocument.Parse(response.Body).RootElement.EnumerateArray().Select(r => r.Clone()).ToList();
    }
}
