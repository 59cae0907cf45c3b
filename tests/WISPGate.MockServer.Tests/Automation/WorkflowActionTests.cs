using WISPGate.MockServer.Tests.Billing;
using WISPGate.MockServer.Tests.Support;
using WISPGate.MockServer.Tests.Webhooks;

namespace WISPGate.MockServer.Tests.Automation;

/// <summary>
/// Actions behave like the operations they mirror: call_webhook is a signed POST like a webhook delivery (a failing
/// receiver fails the step), add_invoice_fee issues a finalized invoice, and the welcome and escalation templates
/// notify and open an urgent ticket with the subject's subscriber and service.
/// </summary>
public sealed class WorkflowActionTests
{
    [Fact]
    public async Task Call_webhook_posts_the_event_signed_with_the_workflow_secret_and_names_the_run()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var created = await automation.CreateAsync(new
        {
            name = "Tell the CRM",
            status = "enabled",
            trigger = new { type = "event", event_type = "ticket.created" },
            actions = new object[] { new { type = "call_webhook", url = receiver.Url } },
        });
        var secret = created.Text("secret")!;

        var ticket = await api.PostAsync("/api/v1/tickets", new { subject = "Outage", description = "Tower 3 is down." });
        var run = await EventLog.EventuallyAsync(
            () => automation.SingleRunAsync(created.Text("id")!), r => r.Text("status") == "succeeded", "the call to be answered");

        var call = receiver.Received.Should().ContainSingle().Subject;
        call.Method.Should().Be("POST");
        call.Header(WorkflowCallsHeader).Should().Be(run.Text("id"));
        WebhookSignatures.Verify(call.Header("X-WISPGate-Signature"), secret, call.Body).Valid.Should().BeTrue("it is signed with the workflow's secret");
        call.Json.Text("type").Should().Be("ticket.created");
        call.Json.Text("id").Should().Be(run.Text("event_id"));
        call.Json.GetProperty("data").GetProperty("object").Text("id").Should().Be(ticket.DataString("id"));
        (await automation.GetAsync($"/api/v1/workflows/{created.Text("id")}")).TryGetProperty("secret", out _).Should().BeFalse("the secret is shown once");
    }

    [Fact]
    public async Task Call_webhook_to_a_failing_receiver_fails_the_step_with_webhook_call_failed()
    {
        await using var receiver = await WebhookReceiver.StartAsync(_ => 500);
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("ticket.created", [new { type = "call_webhook", url = receiver.Url }, new { type = "create_ticket", subject = "never" }]);

        await api.PostAsync("/api/v1/tickets", new { subject = "Outage", description = "Tower 3 is down." });
        var run = await EventLog.EventuallyAsync(() => automation.SingleRunAsync(workflow), r => r.Text("status") == "failed", "the call to fail");

        run.Items("steps").Select(s => s.Text("status")).Should().Equal("failed", "skipped");
        run.Items("steps")[0].GetProperty("error").Text("code").Should().Be("webhook_call_failed");
        run.Items("steps")[0].GetProperty("error").Text("message").Should().Contain("500");
        receiver.Received.Should().ContainSingle("a failed call is not retried");
    }

    [Fact]
    public async Task Add_invoice_fee_issues_a_finalized_invoice_caused_by_the_run()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.updated", [new { type = "add_invoice_fee", description = "Late fee", amount = 500 }]);
        var subscriber = await automation.SubscriberAsync();

        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { phone = "+15550007777" });
        var run = await automation.SingleRunAsync(workflow);
        var invoice = await automation.GetAsync($"/api/v1/invoices/{run.Items("steps")[0].GetProperty("result").Text("id")}");

        run.Text("status").Should().Be("succeeded");
        invoice.Text("subscriber_id").Should().Be(subscriber);
        invoice.Text("status").Should().Be("open");
        invoice.Items("lines").Single().Text("description").Should().Be("Late fee");
        invoice.Items("lines").Single().Long("unit_amount").Should().Be(500);
        (await automation.EventsAsync("type=invoice.created,invoice.finalized"))
            .Should().Equal(("invoice.created", invoice.Text("id"), run.Text("id")), ("invoice.finalized", invoice.Text("id"), run.Text("id")));
    }

    [Fact]
    public async Task The_welcome_template_notifies_the_subscriber_of_an_activated_service()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var welcome = await automation.EnableTemplateAsync("welcome");

        var (subscriber, service, _) = await automation.ConnectedSubscriberAsync(server, "Ada Lovelace");

        var run = await automation.SingleRunAsync(welcome);
        run.Text("status").Should().Be("succeeded");
        run.GetProperty("subject").Text("id").Should().Be(service);
        var notification = await automation.GetAsync($"/api/v1/notifications/{run.Items("steps")[0].GetProperty("result").Text("id")}");
        notification.Text("subscriber_id").Should().Be(subscriber);
        notification.Text("template").Should().Be("welcome");
        notification.GetProperty("variables").Text("body").Should().Be("Welcome aboard, Ada Lovelace!");
    }

    [Fact]
    public async Task The_escalation_template_opens_an_urgent_ticket_for_a_failed_provisioning_job()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var escalate = await automation.EnableTemplateAsync("escalate_provisioning_failures");

        var job = await api.PostAsync("/api/v1/sessions/ses_000001/disconnect");   // a closed session: the NAS answers nak
        server.Clock.Advance(TimeSpan.FromSeconds(5));

        (await automation.GetAsync($"/api/v1/provisioning-jobs/{job.DataString("id")}")).Text("status").Should().Be("nak");
        var run = await automation.SingleRunAsync(escalate);
        run.Text("status").Should().Be("succeeded");
        var ticket = await automation.GetAsync($"/api/v1/tickets/{run.Items("steps")[0].GetProperty("result").Text("id")}");
        ticket.Text("priority").Should().Be("urgent");
        ticket.Text("subject").Should().Be("Provisioning failed: disconnect_session on ses_000001");
        ticket.Text("service_id").Should().Be("svc_000001");
        ticket.Text("subscriber_id").Should().Be("sub_000178");
    }

    private const string WorkflowCallsHeader = "X-WISPGate-Workflow-Run";
}
