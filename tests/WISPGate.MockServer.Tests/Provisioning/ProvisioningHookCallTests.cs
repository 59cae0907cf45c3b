using System.Text.Json.Nodes;
using WISPGate.MockServer.Tests.Support;
using WISPGate.MockServer.Tests.Webhooks;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// Jobs of hooked actions go to a real provisioning hook on 127.0.0.1, signed like webhook deliveries (checked with the
/// tests' own HMAC and the create-time secret): an immediate acked or nak finishes the job, a 202 leaves it sent until
/// ackProvisioningJob / nakProvisioningJob, calls without a usable answer (500, a timeout) are retried and the job then
/// fails with Error-Cause 506. Waiting polls with a deadline; absence is asserted only where the single in-order worker
/// has provably moved past the call (or with a single attempt allowed).
/// </summary>
public sealed class ProvisioningHookCallTests
{
    [Fact]
    public async Task A_hooked_activation_is_POSTed_signed_and_an_immediate_ack_finishes_it_with_the_built_in_effects()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Acked);
        using var api = new ApiClient(server);
        var (hookId, secret) = await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var accepted = await api.PostAsync("/api/v1/services/svc_000004/activate", new { reason = "installation done" });
        var jobId = accepted.DataString("id")!;
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        accepted.Status.Should().Be(HttpStatusCode.Accepted);
        accepted.DataString("provisioning_hook_id").Should().Be(hookId);
        accepted.DataString("status").Should().Be("queued");
        job.GetProperty("status").GetString().Should().Be("acked");
        job.GetProperty("attempts").GetInt32().Should().Be(1);
        job.GetProperty("provisioning_hook_id").GetString().Should().Be(hookId);
        job.GetProperty("completed_at").GetString().Should().NotBeNull();

        var call = hook.Received.Should().ContainSingle().Subject;
        call.Method.Should().Be("POST");
        call.Path.Should().Be("/noc/provisioning");
        call.Header("Content-Type").Should().StartWith("application/json");
        var (timestamp, valid) = WebhookSignatures.Verify(call.Header("X-WISPGate-Signature"), secret, call.Body);
        valid.Should().BeTrue("the call is signed like a webhook delivery, with the hook's create-time secret");
        timestamp.Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 300);
        var body = call.Json;
        body.EnumerateObject().Select(p => p.Name).Should().Equal("job", "service", "aaa");
        body.GetProperty("job").GetProperty("id").GetString().Should().Be(jobId);
        body.GetProperty("job").GetProperty("status").GetString().Should().Be("sent");
        body.GetProperty("job").GetProperty("attempts").GetInt32().Should().Be(1);
        body.GetProperty("job").GetProperty("reason").GetString().Should().Be("installation done");
        body.GetProperty("service").GetProperty("id").GetString().Should().Be("svc_000004");
        body.GetProperty("service").GetProperty("status").GetString().Should().Be("pending", "the status changes when the hook acks");
        body.GetProperty("service").GetProperty("transition").GetProperty("provisioning_job_id").GetString().Should().Be(jobId);
        body.GetProperty("service").GetProperty("transition").GetProperty("target_status").GetString().Should().Be("active");
        var aaa = body.GetProperty("aaa");
        aaa.GetProperty("username").GetString().Should().Be("svc_000004@wisp.example");
        aaa.GetProperty("enabled").GetBoolean().Should().BeTrue();
        aaa.GetProperty("framed_ip_address").GetString().Should().Be("100.64.0.5");
        aaa.GetProperty("reply_attributes").GetProperty("Mikrotik-Rate-Limit").GetString().Should().Be("5M/25M");

        var account = await api.GetAsync("/api/v1/services/svc_000004/aaa");
        account.Status.Should().Be(HttpStatusCode.OK, "the acknowledged activation issued the account");
        JsonNode.DeepEquals(JsonNode.Parse(account.Data.GetRawText())!["reply_attributes"], JsonNode.Parse(aaa.GetRawText())!["reply_attributes"]).Should().BeTrue();
        account.Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000004&status=active")).Ids.Should().ContainSingle("the acknowledged activation opened a session");
        (await EventLog.TypesAsync(api)).Should().Equal("service.activated", "session.started", "provisioning_job.completed");
    }

    [Fact]
    public async Task The_event_of_a_job_finished_by_its_hook_reaches_webhook_endpoints()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Acked);
        await using var webhooks = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "activate_service");
        (await api.PostAsync("/api/v1/webhook-endpoints", new { url = webhooks.Url, events = new[] { "provisioning_job.completed" } })).Status.Should().Be(HttpStatusCode.Created);

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");
        var delivered = await EventLog.EventuallyAsync(() => Task.FromResult(webhooks.Received), r => r.Count > 0, "the provisioning_job.completed delivery");

        var job = delivered.Should().ContainSingle().Subject.Json.GetProperty("data").GetProperty("object");
        job.GetProperty("id").GetString().Should().Be(jobId);
        job.GetProperty("status").GetString().Should().Be("acked");
    }

    [Fact]
    public async Task An_immediate_nak_ends_the_job_nak_with_the_hooks_cause_and_message_and_changes_nothing()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Nak(404, "CPE not registered on any NAS."));
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "*");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        job.GetProperty("status").GetString().Should().Be("nak");
        job.GetProperty("error_cause").GetInt32().Should().Be(404);
        job.GetProperty("error_message").GetString().Should().Be("CPE not registered on any NAS.");
        job.GetProperty("attempts").GetInt32().Should().Be(1);
        hook.Received.Should().ContainSingle();
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.NotFound, "a refused activation issues no account");
        (await api.GetAsync("/api/v1/sessions?service_id=svc_000004")).Ids.Should().BeEmpty();
        var failed = (await EventLog.EventsAsync(api, "type=provisioning_job.failed")).Should().ContainSingle().Subject;
        failed.GetProperty("data").GetProperty("object").GetProperty("error_cause").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task A_202_leaves_the_job_sent_until_the_ack_operation_finishes_it_with_its_effects()
    {
        // One attempt only: had the 202 counted as a failure, the first job would be failed before the worker sends the second.
        await using var server = await MockServers.StartAsync(HookApi.SingleAttempt);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Deferred);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "suspend_service");

        var suspended = (await api.PostAsync("/api/v1/services/svc_000001/suspend", new { reason = "non-payment" })).DataString("id")!;
        var later = (await api.PostAsync("/api/v1/services/svc_000002/suspend")).DataString("id")!;
        var calls = await hook.CallsAsync(2);
        var waiting = (await api.GetAsync($"/api/v1/provisioning-jobs/{suspended}")).Data;
        var ack = await api.PostAsync($"/api/v1/provisioning-jobs/{suspended}/ack");
        var again = await api.PostAsync($"/api/v1/provisioning-jobs/{suspended}/ack");

        calls.Select(c => c.Json.GetProperty("job").GetProperty("id").GetString()).Should().Equal(suspended, later);
        calls[0].Json.GetProperty("aaa").GetProperty("enabled").GetBoolean().Should().BeFalse("a suspension leaves the account disabled");
        waiting.GetProperty("status").GetString().Should().Be("sent", "a 202 leaves the job waiting for the hook's answer");
        waiting.GetProperty("attempts").GetInt32().Should().Be(1);
        ack.Status.Should().Be(HttpStatusCode.OK, ack.Body);
        ack.DataString("status").Should().Be("acked");
        ack.DataString("completed_at").Should().NotBeNull();
        (await api.GetAsync("/api/v1/sessions/ses_000003")).DataString("status").Should().Be("closed", "the acknowledged suspension disconnected the session");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeFalse();
        (await api.GetAsync("/api/v1/sessions/ses_000004")).DataString("status").Should().Be("active", "the second suspension is still waiting");
        again.Status.Should().Be(HttpStatusCode.Conflict);
        again.ErrorCode.Should().Be("invalid_state_transition");
        (await EventLog.TypesAsync(api, "type=provisioning_job.completed")).Should().ContainSingle();
    }

    [Fact]
    public async Task A_202_then_the_nak_operation_ends_the_job_nak_with_the_given_cause()
    {
        await using var server = await MockServers.StartAsync(HookApi.SingleAttempt);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Deferred);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "disconnect_session", "coa_session");

        var jobId = (await api.PostAsync("/api/v1/sessions/ses_000003/coa", new { attributes = new Dictionary<string, string> { ["Mikrotik-Rate-Limit"] = "1M/1M" } })).DataString("id")!;
        var call = (await hook.CallsAsync(1))[0].Json;
        await HookApi.JobAsync(api, jobId, "sent");
        var outOfRange = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/nak", new { error_cause = 200 });
        var nak = await EventLog.EventuallyAsync(
            () => api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/nak", new { error_cause = 503, error_message = "Session-Context-Not-Found" }),
            r => r.Status != HttpStatusCode.Conflict,
            "the hook's 202 to be taken");

        call.EnumerateObject().Select(p => p.Name).Should().Equal("job", "session", "attributes");
        call.GetProperty("session").GetProperty("id").GetString().Should().Be("ses_000003");
        call.GetProperty("attributes").GetProperty("Mikrotik-Rate-Limit").GetString().Should().Be("1M/1M");
        outOfRange.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        outOfRange.ErrorField.Should().Be("error_cause");
        nak.Status.Should().Be(HttpStatusCode.OK, nak.Body);
        nak.DataString("status").Should().Be("nak");
        nak.Data.GetProperty("error_cause").GetInt32().Should().Be(503);
        nak.DataString("error_message").Should().Be("Session-Context-Not-Found");
        (await EventLog.TypesAsync(api)).Should().Equal("provisioning_job.failed");
    }

    [Fact]
    public async Task Calls_answered_500_are_retried_with_the_job_counting_attempts_then_the_job_fails_with_error_cause_506()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Bare(500));
        using var api = new ApiClient(server);
        var (_, secret) = await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        job.GetProperty("status").GetString().Should().Be("failed");
        job.GetProperty("attempts").GetInt32().Should().Be(3, "the first call and two retries");
        job.GetProperty("error_cause").GetInt32().Should().Be(506);
        job.GetProperty("error_message").GetString().Should().Contain("3 attempt(s)").And.Contain("500");
        hook.Received.Should().HaveCount(3);
        hook.Received.Select(r => r.Json.GetProperty("job").GetProperty("attempts").GetInt32()).Should().Equal(1, 2, 3);
        hook.Received.Should().OnlyContain(r => WebhookSignatures.Verify(r.Header("X-WISPGate-Signature"), secret, r.Body).Valid);
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Status.Should().Be(HttpStatusCode.NotFound);
        (await EventLog.TypesAsync(api, "type=provisioning_job.failed,provisioning_job.completed")).Should().Equal("provisioning_job.failed");
    }

    [Fact]
    public async Task A_retry_that_the_hook_acknowledges_finishes_the_job_acked()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(call => call switch { 1 => HookAnswer.Bare(503), 2 => new HookAnswer(200, "not json"), _ => HookAnswer.Acked });
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        job.GetProperty("status").GetString().Should().Be("acked", "a 503 and a 200 without a valid answer are retried");
        job.GetProperty("attempts").GetInt32().Should().Be(3);
        job.GetProperty("error_cause").ValueKind.Should().Be(JsonValueKind.Null);
        hook.Received.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_hook_that_does_not_answer_in_time_fails_the_attempt_and_after_the_last_one_the_job()
    {
        var options = new WispGateMockServerOptions { ProvisioningHooks = new ProvisioningHookOptions { RetryDelays = [TimeSpan.FromMilliseconds(20)], Timeout = TimeSpan.FromMilliseconds(300) } };
        await using var server = await MockServers.StartAsync(options);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Hold);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        job.GetProperty("status").GetString().Should().Be("failed");
        job.GetProperty("attempts").GetInt32().Should().Be(2);
        job.GetProperty("error_cause").GetInt32().Should().Be(506);
        job.GetProperty("error_message").GetString().Should().Contain("No answer within 0.3 s");
        hook.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_hook_deleted_while_its_call_waits_for_a_retry_fails_the_job()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Bare(500) with { Gated = true });
        using var api = new ApiClient(server);
        var (hookId, _) = await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        await hook.CallsAsync(1);
        var deleted = await api.DeleteAsync($"/api/v1/provisioning-hooks/{hookId}");
        hook.Open();
        var job = await HookApi.JobAsync(api, jobId, "acked", "nak", "failed");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        job.GetProperty("status").GetString().Should().Be("failed");
        job.GetProperty("error_cause").GetInt32().Should().Be(506);
        job.GetProperty("error_message").GetString().Should().Contain($"{hookId} was deleted");
        job.GetProperty("attempts").GetInt32().Should().Be(1, "no call is made once the hook is gone");
        hook.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task The_ack_operation_also_settles_a_job_whose_call_is_still_waiting_for_an_answer()
    {
        await using var server = await MockServers.StartAsync(HookApi.QuickRetries);
        await using var hook = await HookReceiver.StartAsync(HookAnswer.Hold);
        using var api = new ApiClient(server);
        await HookApi.RegisterAsync(api, hook.Url, "activate_service");

        var jobId = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id")!;
        await hook.CallsAsync(1);
        var ack = await api.PostAsync($"/api/v1/provisioning-jobs/{jobId}/ack");

        ack.Status.Should().Be(HttpStatusCode.OK, ack.Body);
        ack.DataString("status").Should().Be("acked");
        ack.Data.GetProperty("attempts").GetInt32().Should().Be(1);
        (await api.GetAsync("/api/v1/services/svc_000004/aaa")).Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
    }
}
