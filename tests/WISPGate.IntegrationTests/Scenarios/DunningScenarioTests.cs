using Microsoft.Extensions.Time.Testing;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>
/// The headline scenario of issue #18 through the SDK: the dunning template suspends a subscriber whose invoice is still
/// unpaid 15 days after it went overdue — the service through a provisioning job that disables its AAA account and takes
/// it out of the shaper export — and the reactivation template brings everything back once a payment clears the
/// balance. Paying on day 10 of the wait ends the dunning run <c>skipped</c> with nothing suspended. Time moves only by
/// the server's test clock; every wait polls with a deadline.
/// </summary>
public sealed class DunningScenarioTests
{
    private static readonly DateTimeOffset s_start = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_invoice_unpaid_15_days_after_it_went_overdue_suspends_the_subscriber_and_a_clearing_payment_reactivates_everything()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await StartAsync();
        var client = harness.Client;
        var dunning = await EnableTemplateAsync(client, "dunning", ct);
        var reactivation = await EnableTemplateAsync(client, "reactivate_on_payment", ct);
        var (subscriber, service, subscription) = await ConnectedSubscriberAsync(harness, ct);
        var invoice = (await client.Subscriptions.InvoiceNowAsync(subscription, cancellationToken: ct)).Data;

        harness.Server.Clock.Advance(TimeSpan.FromDays(15));   // past the due date: invoice.overdue starts the dunning run
        var waiting = await SingleRunAsync(client, dunning.Id, run => run.Status == WorkflowRunStatus.Waiting, ct);

        waiting.Subject.Should().Be(new WorkflowSubject { Type = "invoice", Id = invoice.Id });
        waiting.ResumeAt.Should().Be(waiting.CreatedAt.AddDays(15), "the template waits 15 days");
        waiting.Steps.Select(step => step.Status).Should().Equal(WorkflowStepStatus.Succeeded, WorkflowStepStatus.Running, WorkflowStepStatus.Pending, WorkflowStepStatus.Pending, WorkflowStepStatus.Pending);
        var notification = (await client.Notifications.GetAsync(waiting.Steps[0].Result!.Id, cancellationToken: ct)).Data;
        notification.Should().Match<Notification>(sent => sent.SubscriberId == subscriber && sent.Template == "dunning_reminder");
        (await client.Subscribers.GetAsync(subscriber, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active, "nothing happens during the wait");

        harness.Server.Clock.Advance(TimeSpan.FromDays(15));   // the wait is over and the invoice is still open
        var finished = await Poll.UntilAsync(() => GetRunAsync(client, waiting.Id, ct), run => run.Status != WorkflowRunStatus.Waiting, ct);
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(5));  // the network answers the suspension job

        finished.Status.Should().Be(WorkflowRunStatus.Succeeded);
        finished.Steps.Should().OnlyContain(step => step.Status == WorkflowStepStatus.Succeeded);
        var job = finished.Steps[^1].Result!;
        job.Type.Should().Be("provisioning_job");
        (await Poll.UntilAsync(() => GetJobAsync(client, job.Id, ct), j => j.Status is ProvisioningJobStatus.Acked or ProvisioningJobStatus.Nak or ProvisioningJobStatus.Failed, ct))
            .Should().Match<ProvisioningJob>(j => j.Status == ProvisioningJobStatus.Acked && j.Action == ProvisioningAction.SuspendService && j.TargetId == service);
        (await client.Subscribers.GetAsync(subscriber, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Suspended);
        (await client.Services.GetAsync(service, cancellationToken: ct)).Data.Status.Should().Be(ServiceStatus.Suspended);
        (await client.Services.GetAaaAsync(service, cancellationToken: ct)).Data.Enabled.Should().BeFalse("the job disabled the RADIUS account");
        (await ShapedCircuitsAsync(client, ct)).Should().NotContain(service, "a suspended service is not shaped");
        var suspended = await EventsAsync(client, [EventType.SubscriberSuspended, EventType.ServiceSuspended], ct);
        suspended.Should().Contain(e => e.KnownType == EventType.SubscriberSuspended && e.CausedBy!.WorkflowRunId == waiting.Id, "the run's suspension names the run")
            .And.Contain(e => e.KnownType == EventType.ServiceSuspended && e.CausedBy!.WorkflowRunId == waiting.Id);
        (await EventsAsync(client, [EventType.WorkflowRunSucceeded], ct)).Select(e => e.Data.Object).OfType<WorkflowRun>().Should().Contain(run => run.Id == waiting.Id);

        var owed = (await client.Subscribers.GetBalanceAsync(subscriber, cancellationToken: ct)).Data;
        await client.Payments.CreateAsync(new CreatePaymentRequest { SubscriberId = subscriber, Amount = owed.Outstanding, Currency = owed.Currency, Method = PaymentMethod.Card, AutoApply = true }, cancellationToken: ct);
        var reactivated = await SingleRunAsync(client, reactivation.Id, run => run.Status is WorkflowRunStatus.Succeeded or WorkflowRunStatus.Failed or WorkflowRunStatus.Skipped, ct);
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(5));  // the network answers the resume job

        reactivated.Status.Should().Be(WorkflowRunStatus.Succeeded);
        reactivated.Steps.Select(step => step.Type).Should().Equal("check", "check", "reactivate_subscriber", "resume_services");
        (await client.Subscribers.GetAsync(subscriber, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active);
        (await Poll.UntilAsync(() => GetServiceAsync(client, service, ct), s => s.Status != ServiceStatus.Suspended, ct)).Status.Should().Be(ServiceStatus.Active);
        (await client.Services.GetAaaAsync(service, cancellationToken: ct)).Data.Enabled.Should().BeTrue();
        (await ShapedCircuitsAsync(client, ct)).Should().Contain(service);
        (await EventsAsync(client, [EventType.SubscriberReactivated], ct)).Should().Contain(e => e.CausedBy!.WorkflowRunId == reactivated.Id);
    }

    [Fact]
    public async Task Paying_on_day_10_of_the_wait_ends_the_dunning_run_skipped_with_nothing_suspended()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await StartAsync();
        var client = harness.Client;
        var dunning = await EnableTemplateAsync(client, "dunning", ct);
        var reactivation = await EnableTemplateAsync(client, "reactivate_on_payment", ct);
        var (subscriber, service, subscription) = await ConnectedSubscriberAsync(harness, ct);
        var invoice = (await client.Subscriptions.InvoiceNowAsync(subscription, cancellationToken: ct)).Data;
        harness.Server.Clock.Advance(TimeSpan.FromDays(15));   // overdue: the dunning run waits
        var run = await SingleRunAsync(client, dunning.Id, r => r.Status == WorkflowRunStatus.Waiting, ct);

        harness.Server.Clock.Advance(TimeSpan.FromDays(10));
        await client.Payments.CreateAsync(new CreatePaymentRequest { SubscriberId = subscriber, Amount = invoice.AmountDue, Currency = invoice.Currency, Method = PaymentMethod.Card, AutoApply = true }, cancellationToken: ct);
        (await GetRunAsync(client, run.Id, ct)).Status.Should().Be(WorkflowRunStatus.Waiting, "the payment does not end the wait; the check after it does");
        harness.Server.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromSeconds(10));

        var skipped = await Poll.UntilAsync(() => GetRunAsync(client, run.Id, ct), r => r.Status != WorkflowRunStatus.Waiting, ct);
        skipped.Status.Should().Be(WorkflowRunStatus.Skipped);
        skipped.Steps.Select(step => step.Status).Should().Equal(WorkflowStepStatus.Succeeded, WorkflowStepStatus.Succeeded, WorkflowStepStatus.Succeeded, WorkflowStepStatus.Skipped, WorkflowStepStatus.Skipped);
        (await SingleRunAsync(client, reactivation.Id, r => r.Status != WorkflowRunStatus.Running, ct)).Status.Should().Be(WorkflowRunStatus.Skipped, "the subscriber was never suspended");
        (await client.Subscribers.GetAsync(subscriber, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active);
        (await client.Services.GetAsync(service, cancellationToken: ct)).Data.Status.Should().Be(ServiceStatus.Active);
        (await client.Services.GetAaaAsync(service, cancellationToken: ct)).Data.Enabled.Should().BeTrue();
        (await ShapedCircuitsAsync(client, ct)).Should().Contain(service);
        (await client.WorkflowRuns.ListAsync(new WorkflowRunListOptions { Status = [WorkflowRunStatus.Skipped], SubjectId = invoice.Id }, cancellationToken: ct)).Items.Select(r => r.Id).Should().Contain(run.Id);
        (await EventsAsync(client, [EventType.WorkflowRunSkipped], ct)).Select(e => e.Data.Object).OfType<WorkflowRun>().Should().Contain(r => r.Id == run.Id);
        (await EventsAsync(client, [EventType.SubscriberSuspended, EventType.ServiceSuspended], ct)).Should().BeEmpty();
    }

    /// <summary>The mock server on a test clock (it moves only when the test advances it) with the SDK against it.</summary>
    private static Task<SdkAgainstMock> StartAsync() =>
        SdkAgainstMock.StartAsync(serverOptions: new WispGateMockServerOptions { TimeProvider = new FakeTimeProvider(s_start) });

    private static async Task<Workflow> EnableTemplateAsync(IWispGateClient client, string templateId, CancellationToken ct) =>
        (await client.Workflows.CreateAsync(new CreateWorkflowRequest { TemplateId = templateId, Status = WorkflowStatus.Enabled }, cancellationToken: ct)).Data;

    /// <summary>An active subscriber with an active, device-bound service (so it is shaped) and a monthly subscription.</summary>
    private static async Task<(string Subscriber, string Service, string Subscription)> ConnectedSubscriberAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;
        var subscriber = (await client.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Email = "jane@example.com", Phone = "+15550001234", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data.Id;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data.Id;
        var device = (await client.Devices.CreateAsync(new CreateDeviceRequest { Serial = "SN-" + subscriber, Mac = Conformance.Unique.Mac(), Model = "LiteBeam 5AC", Vendor = "Ubiquiti" }, cancellationToken: ct)).Data.Id;
        await client.Services.BindDeviceAsync(service, new BindDeviceRequest { DeviceId = device }, cancellationToken: ct);
        var activation = (await client.Services.ActivateAsync(service, cancellationToken: ct)).Data;
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(5));   // the network answers the activation job
        (await Poll.UntilAsync(() => GetJobAsync(client, activation.Id, ct), job => job.Status is ProvisioningJobStatus.Acked or ProvisioningJobStatus.Nak or ProvisioningJobStatus.Failed, ct)).Status.Should().Be(ProvisioningJobStatus.Acked);
        (await client.Services.GetAaaAsync(service, cancellationToken: ct)).Data.Enabled.Should().BeTrue();
        var subscription = (await client.Subscriptions.CreateAsync(new CreateSubscriptionRequest { SubscriberId = subscriber, ServiceId = service }, cancellationToken: ct)).Data.Id;
        return (subscriber, service, subscription);
    }

    /// <summary>The one run of a workflow, once it is in the state <paramref name="done"/> waits for.</summary>
    private static async Task<WorkflowRun> SingleRunAsync(IWispGateClient client, string workflowId, Func<WorkflowRun, bool> done, CancellationToken ct)
    {
        var runs = await Poll.UntilAsync(
            () => client.WorkflowRuns.ListAsync(new WorkflowRunListOptions { WorkflowId = workflowId }, cancellationToken: ct),
            page => page.Items.Count > 0 && done(page.Items[0]), ct);
        runs.Items.Should().ContainSingle("workflow {0} ran once", workflowId);
        return runs.Items[0];
    }

    private static async Task<WorkflowRun> GetRunAsync(IWispGateClient client, string id, CancellationToken ct) =>
        (await client.WorkflowRuns.GetAsync(id, cancellationToken: ct)).Data;

    private static async Task<ProvisioningJob> GetJobAsync(IWispGateClient client, string id, CancellationToken ct) =>
        (await client.ProvisioningJobs.GetAsync(id, cancellationToken: ct)).Data;

    private static async Task<Service> GetServiceAsync(IWispGateClient client, string id, CancellationToken ct) =>
        (await client.Services.GetAsync(id, cancellationToken: ct)).Data;

    private static async Task<List<string>> ShapedCircuitsAsync(IWispGateClient client, CancellationToken ct)
    {
        var circuits = new List<string>();
        await foreach (var row in client.Enforcement.ListAllShapedDevicesAsync(cancellationToken: ct))
        {
            circuits.Add(row.CircuitId);
        }

        return circuits;
    }

    private static async Task<List<Event>> EventsAsync(IWispGateClient client, IReadOnlyList<EventType> types, CancellationToken ct)
    {
        var events = new List<Event>();
        await foreach (var e in client.Events.ListAllAsync(new EventListOptions { Type = types }, cancellationToken: ct))
        {
            events.Add(e);
        }

        return events;
    }
}
