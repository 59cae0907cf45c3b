using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>A new customer goes live: subscriber → service → activation job → the NAS acks → a session and a RADIUS account exist.</summary>
public sealed class OnboardingScenarioTests
{
    [Fact]
    public async Task A_new_subscriber_is_online_once_the_activation_job_is_acknowledged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;

        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-onboard-1", FullName = "Onboarding Customer", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" },
            cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000002" }, cancellationToken: ct)).Data;
        var job = (await client.Services.ActivateAsync(service.Id, cancellationToken: ct)).Data;
        job.Status.Should().Be(ProvisioningJobStatus.Queued);
        (await client.Sessions.ListAsync(new SessionListOptions { ServiceId = service.Id }, cancellationToken: ct)).Items.Should().BeEmpty("the NAS has not answered yet");

        harness.Server.Clock.Advance(TimeSpan.FromSeconds(3));
        var done = await Poll.UntilAsync(
            async () => (await client.ProvisioningJobs.GetAsync(job.Id, cancellationToken: ct)).Data,
            j => j.Status == ProvisioningJobStatus.Acked,
            ct);

        done.CompletedAt.Should().NotBeNull();
        (await client.Services.GetAsync(service.Id, cancellationToken: ct)).Data.Status.Should().Be(ServiceStatus.Active);
        var sessions = await client.Sessions.ListAsync(new SessionListOptions { ServiceId = service.Id }, cancellationToken: ct);
        var session = sessions.Items.Should().ContainSingle().Subject;
        session.Status.Should().Be(SessionStatus.Active);
        var aaa = (await client.Services.GetAaaAsync(service.Id, cancellationToken: ct)).Data;
        aaa.Enabled.Should().BeTrue();
        session.Username.Should().Be(aaa.Username, "the session runs on the service's RADIUS account");
    }
}
