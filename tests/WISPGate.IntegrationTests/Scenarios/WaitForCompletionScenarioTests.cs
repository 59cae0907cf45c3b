using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

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
}
