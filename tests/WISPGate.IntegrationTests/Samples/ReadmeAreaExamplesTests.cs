using WISPGate.Sdk;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;
using WISPGate.Sdk.Workflows;
using WISPGate.Sdk.Billing;
using Microsoft.Extensions.Time.Testing;
using WISPGate.MockServer;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>README's "Calling each area" snippets and docs/sdk-guide.md's Workflows and "Automate your collections", as written, against the mock server (listed in <c>Docs/DocSnippetTests</c>).</summary>
public sealed class ReadmeAreaExamplesTests
{
    [Fact]
    public async Task The_per_call_override_snippet_works_against_the_mock_server()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;

        // README "Retries, idempotency and the exactly-once promise", as written (without a token).
#pragma warning disable xUnit1051
        var quick = new RequestOptions { Timeout = TimeSpan.FromSeconds(2), MaxRetries = 0 };
        Subscriber found = await client.Subscribers.GetAsync("sub_000178", quick);
#pragma warning restore xUnit1051

        found.Id.Should().Be("sub_000178");
    }

    [Fact]
    public async Task The_calling_each_area_snippets_work_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var wispGate = harness.Client;

        // Subscribers & CRM
        var created = await wispGate.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-23991", FullName = "Jane Doe", Status = SubscriberStatus.Prospect, BillingProfileId = "bp_001" },
            cancellationToken: ct);
        Subscriber jane = created.Data;
        await wispGate.Subscribers.ActivateAsync(jane.Id, cancellationToken: ct);
        await wispGate.Subscribers.SuspendAsync(jane.Id, new SuspendSubscriberRequest { Reason = "non_payment" }, cancellationToken: ct);
        await wispGate.Subscribers.UpdateAsync(jane.Id, new UpdateSubscriberRequest { Email = "jane@example.com", Phone = null }, cancellationToken: ct);
        SubscriberBalance balance = (await wispGate.Subscribers.GetBalanceAsync(jane.Id, cancellationToken: ct)).Data;
        Service service = (await wispGate.Services.CreateAsync(new CreateServiceRequest { SubscriberId = jane.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;
        balance.Balance.Should().Be(0);
        service.SubscriberId.Should().Be(jane.Id);

        // Network & Provisioning
        ProvisioningJob job = (await wispGate.Services.ActivateAsync("svc_000004", cancellationToken: ct)).Data;
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(3));
        job = await wispGate.ProvisioningJobs.WaitForCompletionAsync(job.Id, cancellationToken: ct);
        job.Status.Should().Be(ProvisioningJobStatus.Acked);
        AaaAccount aaa = (await wispGate.Services.GetAaaAsync("svc_000004", cancellationToken: ct)).Data;
        aaa.Username.Should().Be("svc_000004@wisp.example");

        // Automation & Support
        Ticket ticket = (await wispGate.Tickets.CreateAsync(
            new CreateTicketRequest { Subject = "No link since the storm", Description = "CPE shows no signal", SubscriberId = "sub_000178", Priority = TicketPriority.High },
            cancellationToken: ct)).Data;
        await wispGate.Tickets.AddCommentAsync(ticket.Id, new CreateTicketCommentRequest { Author = "noc", Body = "Realigned", Public = true }, cancellationToken: ct);
        (await wispGate.Tickets.GetAsync(ticket.Id, cancellationToken: ct)).Data.CommentCount.Should().Be(1);

        // Webhook endpoints (the receiver need not exist: the ping's attempt is recorded whatever happens)
        WebhookEndpoint endpoint = (await wispGate.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = "http://127.0.0.1:9/hooks/wispgate", Events = [WebhookEndpoint.AllEvents] },
            cancellationToken: ct)).Data;
        string secret = endpoint.Secret!;
        await wispGate.WebhookEndpoints.TestAsync(endpoint.Id, cancellationToken: ct);
        Page<WebhookDelivery> deliveries = await wispGate.WebhookEndpoints.ListDeliveriesAsync(endpoint.Id, cancellationToken: ct);
        secret.Should().StartWith("whsec_");
        deliveries.Items.Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_workflow_snippets_work_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var wispGate = harness.Client;
        await wispGate.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Event Source", Status = SubscriberStatus.Prospect, BillingProfileId = "bp_001" }, cancellationToken: ct);   // an event to dry-run against
        var overdue = (await wispGate.Events.ListAsync(new EventListOptions { Limit = 1 }, cancellationToken: ct)).Items[0];
        var templates = new List<string>();
        var lines = new List<string>();

        // Workflows
        await foreach (WorkflowTemplate template in wispGate.WorkflowTemplates.ListAllAsync(cancellationToken: ct))
            templates.Add($"{template.Id}: {template.Description}");

        Workflow lateFee = (await wispGate.Workflows.CreateAsync(new CreateWorkflowRequest
        {
            Name = "Late fee",
            Trigger = new WorkflowEventTrigger
            {
                EventType = "invoice.overdue",
                Conditions = [new WorkflowFieldCondition { Field = "amount_due", Operator = WorkflowConditionOperator.Gte, Value = 1000 }],
            },
            Actions =
            [
                new WorkflowAddInvoiceFeeAction { Description = "Late fee", Amount = 500 },
                new WorkflowSendNotificationAction { Channel = NotificationChannel.Email, Template = "late_fee" },
            ],
        }, cancellationToken: ct)).Data;
        WorkflowTestResult dryRun = (await wispGate.Workflows.TestAsync(lateFee.Id, new TestWorkflowRequest { EventId = overdue.Id }, cancellationToken: ct)).Data;
        lines.Add($"would start: {dryRun.WouldStart}");
        await wispGate.Workflows.EnableAsync(lateFee.Id, cancellationToken: ct);

        await foreach (WorkflowRun run in wispGate.WorkflowRuns.ListAllAsync(new WorkflowRunListOptions { WorkflowId = lateFee.Id }, cancellationToken: ct))
            lines.Add($"{run.Id} {run.Status}: {string.Join(", ", run.Steps.Select(step => $"{step.Type} {step.Status}"))}");

        foreach (WorkflowAction action in lateFee.Actions)
        {
            lines.Add(action switch
            {
                WorkflowWaitAction wait => $"wait {wait.Duration}",
                WorkflowAddInvoiceFeeAction fee => $"fee {fee.Amount}",
                UnknownWorkflowAction unknown => $"{unknown.Type} (newer than this SDK, kept as JSON)",
                _ => action.Type,
            });
        }

        templates.Should().Contain(t => t.StartsWith("dunning: ", StringComparison.Ordinal)).And.Contain(t => t.StartsWith("reactivate_on_payment: ", StringComparison.Ordinal));
        dryRun.TriggerMatched.Should().Be(overdue.Type == "invoice.overdue");
        (await wispGate.Workflows.GetAsync(lateFee.Id, cancellationToken: ct)).Data.Status.Should().Be(WorkflowStatus.Enabled);
        lines.Should().EndWith(["fee 500", "send_notification"]);
    }

    [Fact]
    public async Task The_automate_your_collections_snippet_works_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync(serverOptions: new WispGateMockServerOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero)) });
        var wispGate = harness.Client;
        var server = harness.Server;
        var lines = new List<string>();

        Workflow dunning = (await wispGate.Workflows.CreateAsync(new CreateWorkflowRequest { TemplateId = "dunning", Status = WorkflowStatus.Enabled }, cancellationToken: ct)).Data;
        await wispGate.Workflows.CreateAsync(new CreateWorkflowRequest { TemplateId = "reactivate_on_payment", Status = WorkflowStatus.Enabled }, cancellationToken: ct);

        var subscriber = (await wispGate.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Email = "jane@example.com", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var invoice = (await wispGate.Invoices.CreateAsync(new CreateInvoiceRequest { SubscriberId = subscriber.Id, Lines = [new InvoiceLineInput { Description = "Fiber 100 — April 2026", UnitAmount = 4999 }], Finalize = true }, cancellationToken: ct)).Data;
        server.Clock.Advance(TimeSpan.FromDays(15));
        await Poll.UntilAsync(() => wispGate.WorkflowRuns.ListAsync(new WorkflowRunListOptions { WorkflowId = dunning.Id }, cancellationToken: ct), page => page.Items.Count > 0, ct);

        WorkflowRun run = (await wispGate.WorkflowRuns.ListAsync(new WorkflowRunListOptions { WorkflowId = dunning.Id, SubjectId = invoice.Id }, cancellationToken: ct)).Items[0];
        lines.Add($"{run.Status} until {run.ResumeAt}");

        await foreach (Event e in wispGate.Events.ListAllAsync(new EventListOptions { Type = [EventType.SubscriberSuspended] }, cancellationToken: ct))
            if (e.CausedBy is { } cause) lines.Add($"{((Subscriber)e.Data.Object!).Id} suspended by {cause.WorkflowRunId}");

        await wispGate.WorkflowRuns.CancelAsync(run.Id, cancellationToken: ct);

        run.Status.Should().Be(WorkflowRunStatus.Waiting);
        lines.Should().ContainSingle("nothing is suspended during the wait");
        (await wispGate.WorkflowRuns.GetAsync(run.Id, cancellationToken: ct)).Data.Status.Should().Be(WorkflowRunStatus.Cancelled);
        server.Clock.Advance(TimeSpan.FromDays(16));
        (await wispGate.Subscribers.GetAsync(subscriber.Id, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active, "the cancelled run never suspends");
    }
}
