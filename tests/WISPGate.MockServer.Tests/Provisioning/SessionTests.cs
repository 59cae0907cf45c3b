using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>RADIUS sessions: list and get; disconnect and CoA are jobs that end acked, or nak 503 for a session that is not active.</summary>
public sealed class SessionTests
{
    private static readonly TimeSpan JobTime = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Sessions_are_listed_newest_first_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/sessions")).Ids.Should().Equal("ses_000004", "ses_000003", "ses_000002", "ses_000001");
        (await api.GetAsync("/api/v1/sessions?status=active")).Ids.Should().Equal("ses_000004", "ses_000003");
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000001")).Ids.Should().Equal("ses_000003", "ses_000001");
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000001&status=closed")).Ids.Should().Equal("ses_000001");
        (await api.GetAsync("/api/v1/sessions?nas_ip_address=10.0.0.1&limit=2")).Ids.Should().Equal("ses_000004", "ses_000003");
        (await api.GetAsync("/api/v1/sessions?nas_ip_address=10.9.9.9")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/sessions?username=svc_000002@wisp.example")).Ids.Should().Equal("ses_000004");
        (await api.GetAsync("/api/v1/sessions?status=open")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/sessions?nas_ip_address=not-an-ip")).ErrorCode.Should().Be("invalid_parameter");
    }

    [Fact]
    public async Task A_session_carries_its_accounting_fields()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var active = await api.GetAsync("/api/v1/sessions/ses_000003");
        var closed = await api.GetAsync("/api/v1/sessions/ses_000001");

        active.DataString("acct_session_id").Should().Be("81A00003");
        active.DataString("service_id").Should().Be("svc_000001");
        active.Data.GetProperty("output_octets").GetInt64().Should().Be(73400320000);
        active.Data.GetProperty("stopped_at").ValueKind.Should().Be(JsonValueKind.Null);
        closed.DataString("terminate_cause").Should().Be("Lost-Carrier");
        closed.DataString("stopped_at").Should().Be("2026-03-28T22:14:09Z");
        (await api.GetAsync("/api/v1/sessions/ses_000005")).Status.Should().Be(HttpStatusCode.NotFound, "another tenant's session");
        (await api.GetAsync("/api/v1/sessions/ses_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Disconnecting_an_active_session_is_acked_and_closes_it()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var accepted = await api.PostAsync("/api/v1/sessions/ses_000004/disconnect");
        server.Clock.Advance(JobTime);

        accepted.Status.Should().Be(HttpStatusCode.Accepted);
        accepted.DataString("action").Should().Be("disconnect_session");
        accepted.DataString("target_id").Should().Be("ses_000004");
        accepted.DataString("status").Should().Be("queued");
        var job = await api.GetAsync($"/api/v1/provisioning-jobs/{accepted.DataString("id")}");
        job.DataString("status").Should().Be("acked");
        job.Data.GetProperty("attempts").GetInt32().Should().Be(1);
        var session = await api.GetAsync("/api/v1/sessions/ses_000004");
        session.DataString("status").Should().Be("closed");
        session.DataString("terminate_cause").Should().Be("Admin-Reset");
        session.DataString("stopped_at").Should().Be(job.DataString("completed_at"));
        var events = await EventLog.EventsAsync(api);
        events.Select(e => e.GetProperty("type").GetString()).Should().Equal("session.disconnected", "provisioning_job.completed");
        events[0].GetProperty("data").GetProperty("object").GetProperty("id").GetString().Should().Be("ses_000004");
        events[1].GetProperty("data").GetProperty("object").GetProperty("status").GetString().Should().Be("acked");
    }

    [Fact]
    public async Task Disconnecting_a_closed_session_ends_nak_with_error_cause_503()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var accepted = await api.PostAsync("/api/v1/sessions/ses_000001/disconnect");
        server.Clock.Advance(JobTime);

        accepted.Status.Should().Be(HttpStatusCode.Accepted, "the NAS, not the API, refuses it");
        var job = await api.GetAsync($"/api/v1/provisioning-jobs/{accepted.DataString("id")}");
        job.DataString("status").Should().Be("nak");
        job.Data.GetProperty("error_cause").GetInt32().Should().Be(503);
        job.DataString("error_message").Should().Contain("Session-Context-Not-Found");
        job.DataString("completed_at").Should().NotBeNull();
        (await api.GetAsync("/api/v1/sessions/ses_000001")).DataString("terminate_cause").Should().Be("Lost-Carrier", "a closed session stays as it was");
        (await EventLog.TypesAsync(api)).Should().Equal("provisioning_job.failed");
    }

    [Fact]
    public async Task The_session_state_counts_when_the_NAS_answers_so_a_second_disconnect_is_refused()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var first = (await api.PostAsync("/api/v1/sessions/ses_000003/disconnect")).DataString("id");
        var second = (await api.PostAsync("/api/v1/sessions/ses_000003/disconnect")).DataString("id");
        server.Clock.Advance(JobTime);

        (await api.GetAsync($"/api/v1/provisioning-jobs/{first}")).DataString("status").Should().Be("acked");
        (await api.GetAsync($"/api/v1/provisioning-jobs/{second}")).Data.GetProperty("error_cause").GetInt32().Should().Be(503);
        (await EventLog.TypesAsync(api)).Should().Equal("session.disconnected", "provisioning_job.completed", "provisioning_job.failed");
    }

    [Fact]
    public async Task A_CoA_is_acked_for_an_active_session_and_refused_for_a_closed_one()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var withDefaults = await api.PostAsync("/api/v1/sessions/ses_000003/coa");
        var withAttributes = await api.PostAsync("/api/v1/sessions/ses_000004/coa", new { attributes = new Dictionary<string, string> { ["Mikrotik-Rate-Limit"] = "1M/1M" } });
        var closed = await api.PostAsync("/api/v1/sessions/ses_000002/coa");
        server.Clock.Advance(JobTime);

        withDefaults.Status.Should().Be(HttpStatusCode.Accepted);
        withDefaults.DataString("action").Should().Be("coa_session");
        (await api.GetAsync($"/api/v1/provisioning-jobs/{withDefaults.DataString("id")}")).DataString("status").Should().Be("acked");
        (await api.GetAsync($"/api/v1/provisioning-jobs/{withAttributes.DataString("id")}")).DataString("status").Should().Be("acked");
        var refused = await api.GetAsync($"/api/v1/provisioning-jobs/{closed.DataString("id")}");
        refused.DataString("status").Should().Be("nak");
        refused.Data.GetProperty("error_cause").GetInt32().Should().Be(503);
        (await api.GetAsync("/api/v1/sessions/ses_000003")).DataString("status").Should().Be("active");
        (await api.PostAsync("/api/v1/sessions/ses_999999/coa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync("/api/v1/sessions/ses_000003/coa", new { attributes = new { rate = 5 } })).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }
}
