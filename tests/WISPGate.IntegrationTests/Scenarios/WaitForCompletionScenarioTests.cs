using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>
/// The SDK's waiters against the mock server: <c>WaitForCompletionAsync</c> keeps polling while the server clock has not
/// reached the job's answer, and returns the final resource once <c>server.Clock.Advance</c> gets it there.
/// </summary>
public sealed class WaitForCompletionScenarioTests
{
    /// <summary>Short real-time polls; the generous timeout only bounds a broken test.</summary>
    private static readonly WaitOptions s_fastPolls = new() { PollingInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Waiting_for_an_activation_returns_the_acked_job_once_the_server_clock_passes_its_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Waiting Customer", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000002" }, cancellationToken: ct)).Data;
        var queued = (await client.Services.ActivateAsync(service.Id, cancellationToken: ct)).Data;

        var wait = client.ProvisioningJobs.WaitForCompletionAsync(queued.Id, s_fastPolls, ct);
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(3));
        ProvisioningJob job = await wait;

        queued.Status.Should().Be(ProvisioningJobStatus.Queued);
        job.Status.Should().Be(ProvisioningJobStatus.Acked);
        job.CompletedAt.Should().NotBeNull();
        (await client.Services.GetAaaAsync(service.Id, cancellationToken: ct)).Data.Enabled.Should().BeTrue("the waiter returned after the job's effects");
        (await client.Services.GetAsync(service.Id, cancellationToken: ct)).Data.Status.Should().Be(ServiceStatus.Active, "the status changed when the job was acked");
    }

    [Fact]
    public async Task Waiting_for_a_reconciliation_run_returns_it_final()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;
        var started = (await client.Payments.ReconcileAsync(cancellationToken: ct)).Data;

        var wait = client.ReconciliationRuns.WaitForCompletionAsync(started.Id, s_fastPolls, ct);
        harness.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        ReconciliationRun run = await wait;

        run.Id.Should().Be(started.Id);
        run.Status.Should().BeOneOf(ReconciliationRunStatus.Completed, ReconciliationRunStatus.Failed);
        run.CompletedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Waiting_for_a_workflow_run_keeps_polling_through_its_wait_step_and_returns_it_succeeded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;
        await client.Workflows.CreateAsync(
            new CreateWorkflowRequest
            {
                Name = "Welcome a day later",
                Status = WorkflowStatus.Enabled,
                Trigger = new WorkflowEventTrigger { EventType = "subscriber.created" },
                Actions =
                [
                    new WorkflowWaitAction { Duration = "P1D" },
                    new WorkflowSendNotificationAction { Channel = NotificationChannel.Email, Template = "welcome", Body = "Welcome, {{subscriber.full_name}}!" },
                ],
            },
            cancellationToken: ct);
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Waited For", Email = "waited@example.net", Status = SubscriberStatus.Prospect }, cancellationToken: ct)).Data;
        var waiting = (await client.WorkflowRuns.ListAsync(new WorkflowRunListOptions { SubjectId = subscriber.Id }, cancellationToken: ct)).Items.Single();

        var wait = client.WorkflowRuns.WaitForCompletionAsync(waiting.Id, s_fastPolls, ct);
        await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        wait.IsCompleted.Should().BeFalse("the run waits a day on the server clock");
        harness.Server.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        WorkflowRun run = await wait;

        waiting.Status.Should().Be(WorkflowRunStatus.Waiting);
        run.Status.Should().Be(WorkflowRunStatus.Succeeded, string.Join("; ", run.Steps.Select(step => $"{step.Type} {step.Status} {step.Error?.Code} {step.Error?.Message}")));
        run.FinishedAt.Should().NotBeNull();
    }
}
