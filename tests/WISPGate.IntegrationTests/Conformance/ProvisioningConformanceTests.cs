using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every Network &amp; Provisioning operation through the SDK, with typed results.</summary>
public sealed class ProvisioningConformanceTests
{
    [Fact]
    public async Task Every_network_and_provisioning_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        // Service packages
        (await client.ServicePackages.ListAsync(cancellationToken: ct)).Items.Should().Contain(p => p.Id == "pkg_000001");
        var package = await client.ServicePackages.CreateAsync(
            new CreateServicePackageRequest { Name = Unique.Id("Walk 50"), DownloadKbps = 50_000, UploadKbps = 10_000, Price = new Money { Amount = 4_999, Currency = "USD" }, ParentNode = "Tower-Walk" },
            cancellationToken: ct);
        package.StatusCode.Should().Be(HttpStatusCode.Created);
        package.Data.Price.Amount.Should().Be(4_999);
        package.Data.ParentNode.Should().Be("Tower-Walk");
        (await client.ServicePackages.GetAsync(package.Data.Id, cancellationToken: ct)).Data.DownloadKbps.Should().Be(50_000);
        var updatedPackage = (await client.ServicePackages.UpdateAsync(package.Data.Id, new UpdateServicePackageRequest { Description = "Walked", ParentNode = null }, cancellationToken: ct)).Data;
        updatedPackage.Description.Should().Be("Walked");
        updatedPackage.ParentNode.Should().BeNull("assigning null clears it");

        // Service lifecycle: every action is a provisioning job
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Network Walk", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;
        await ExpectJobAsync(harness, client.Services.ActivateAsync(service.Id, cancellationToken: ct), ProvisioningAction.ActivateService, service.Id, ct);
        (await client.Services.GetAsync(service.Id, cancellationToken: ct)).Data.Should().Match<Service>(s => s.Status == ServiceStatus.Active && s.Transition == null, "the status changes when the job is acked");
        var issued = (await client.Services.GetAaaAsync(service.Id, cancellationToken: ct)).Data;
        issued.FramedIpAddress.Should().NotBeNullOrEmpty();
        issued.DelegatedIpv6Prefix.Should().EndWith("/56", "an account issued by activation delegates an IPv6 prefix");
        await ExpectJobAsync(harness, client.Services.SuspendAsync(service.Id, new ServiceActionRequest { Reason = "non_payment" }, cancellationToken: ct), ProvisioningAction.SuspendService, service.Id, ct);
        await ExpectJobAsync(harness, client.Services.ResumeAsync(service.Id, cancellationToken: ct), ProvisioningAction.ResumeService, service.Id, ct);
        await ExpectJobAsync(harness, client.Services.ChangePackageAsync(service.Id, new ChangeServicePackageRequest { ServicePackageId = package.Data.Id }, cancellationToken: ct), ProvisioningAction.ChangePackage, service.Id, ct);
        (await client.Services.GetAsync(service.Id, cancellationToken: ct)).Data.ServicePackageId.Should().Be(package.Data.Id);

        // Devices
        (await client.Devices.ListAsync(cancellationToken: ct)).Items.Should().NotBeEmpty();
        var device = await client.Devices.CreateAsync(new CreateDeviceRequest { Serial = Unique.Id("SN"), Mac = Unique.Mac(), Model = "LiteBeam" }, cancellationToken: ct);
        device.Data.Status.Should().Be(DeviceStatus.InStock);
        (await client.Devices.GetAsync(device.Data.Id, cancellationToken: ct)).Data.Model.Should().Be("LiteBeam");
        (await client.Devices.UpdateAsync(device.Data.Id, new UpdateDeviceRequest { Name = "cpe-walk" }, cancellationToken: ct)).Data.Name.Should().Be("cpe-walk");

        var bound = await client.Services.BindDeviceAsync(service.Id, new BindDeviceRequest { DeviceId = device.Data.Id }, cancellationToken: ct);
        bound.Data.Devices.Should().Contain(device.Data.Id);
        (await client.Services.UnbindDeviceAsync(service.Id, device.Data.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.Services.GetAsync(service.Id, cancellationToken: ct)).Data.Devices.Should().NotContain(device.Data.Id);

        await ExpectJobAsync(harness, client.Services.TerminateAsync(service.Id, cancellationToken: ct), ProvisioningAction.TerminateService, service.Id, ct);
        (await client.ServicePackages.ArchiveAsync(package.Data.Id, cancellationToken: ct)).Data.Archived.Should().BeTrue();

        // AAA and sessions (demo data)
        var aaa = await client.Services.GetAaaAsync("svc_000001", cancellationToken: ct);
        aaa.Data.ServiceId.Should().Be("svc_000001");
        aaa.Data.Username.Should().NotBeNullOrEmpty();
        (await client.Sessions.ListAsync(new SessionListOptions { Status = [SessionStatus.Active] }, cancellationToken: ct)).Items.Should().NotBeEmpty().And.OnlyContain(s => s.Status == SessionStatus.Active);
        (await client.Sessions.GetAsync("ses_000003", cancellationToken: ct)).Data.Id.Should().Be("ses_000003");
        await ExpectJobAsync(harness, client.Sessions.SendCoaAsync("ses_000004", new SessionCoaRequest { Attributes = new Dictionary<string, string> { ["Session-Timeout"] = "3600" } }, cancellationToken: ct), ProvisioningAction.CoaSession, "ses_000004", ct);
        await ExpectJobAsync(harness, client.Sessions.DisconnectAsync("ses_000003", cancellationToken: ct), ProvisioningAction.DisconnectSession, "ses_000003", ct);

        // Jobs
        var jobs = await client.ProvisioningJobs.ListAsync(new ProvisioningJobListOptions { TargetId = service.Id }, cancellationToken: ct);
        jobs.Items.Should().HaveCount(5);
        (await client.ProvisioningJobs.GetAsync(jobs.Items[0].Id, cancellationToken: ct)).Data.TargetId.Should().Be(service.Id);

        // Enforcement
        (await client.Enforcement.ListShapedDevicesAsync(cancellationToken: ct)).Items.Should().NotBeEmpty();
        (await client.Enforcement.ExportLibreQosAsync(harness.Server.DemoTokens.ReadWrite, cancellationToken: ct)).Data.Should().NotBeEmpty()
            .And.OnlyContain(row => !string.IsNullOrEmpty(row.CircuitId));

        await WalkProvisioningHooksAsync(client, ct);
    }

    /// <summary>
    /// Provisioning hooks: a NOC on 127.0.0.1 that answers every hook call 202 (it will answer later), so the jobs wait
    /// <c>sent</c> for ackProvisioningJob / nakProvisioningJob. The hook is deleted at the end: later walks get the
    /// built-in network again.
    /// </summary>
    private static async Task WalkProvisioningHooksAsync(IWispGateClient client, CancellationToken ct)
    {
        using var noc = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        noc.Given(Request.Create().WithPath("/noc").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

        var created = await client.ProvisioningHooks.CreateAsync(
            new CreateProvisioningHookRequest { Url = noc.Url!.TrimEnd('/') + "/noc", Description = "Walk NOC", Actions = ["activate_service"] }, cancellationToken: ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Data.Secret.Should().StartWith("whsec_");
        var hookId = created.Data.Id;
        (await client.ProvisioningHooks.ListAsync(new ProvisioningHookListOptions { Limit = 10 }, cancellationToken: ct)).Items.Should().Contain(h => h.Id == hookId && h.Secret == null);
        (await client.ProvisioningHooks.GetAsync(hookId, cancellationToken: ct)).Data.Actions.Should().Equal("activate_service");
        (await client.ProvisioningHooks.UpdateAsync(hookId, new UpdateProvisioningHookRequest { Actions = ["activate_service", "suspend_service"], Description = null }, cancellationToken: ct))
            .Data.Should().Match<ProvisioningHook>(h => h.Actions.Count == 2 && h.Description == null);

        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Hook Walk", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;

        var activation = (await client.Services.ActivateAsync(service.Id, cancellationToken: ct)).Data;
        activation.ProvisioningHookId.Should().Be(hookId);
        await SentAsync(client, activation.Id, ct);
        var acked = await client.ProvisioningJobs.AckAsync(activation.Id, cancellationToken: ct);
        acked.Data.Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Acked && job.CompletedAt != null);
        (await client.Services.GetAaaAsync(service.Id, cancellationToken: ct)).Data.Enabled.Should().BeTrue("the acked activation issued the account");

        var suspension = (await client.Services.SuspendAsync(service.Id, cancellationToken: ct)).Data;
        await SentAsync(client, suspension.Id, ct);
        var refused = await client.ProvisioningJobs.NakAsync(suspension.Id, new NakProvisioningJobRequest { ErrorCause = 503, ErrorMessage = "NAS unreachable" }, cancellationToken: ct);
        refused.Data.Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Nak && job.ErrorCause == 503 && job.ErrorMessage == "NAS unreachable");
        (await client.ProvisioningJobs.WaitForCompletionAsync(suspension.Id, cancellationToken: ct)).Data.Status.Should().Be(ProvisioningJobStatus.Nak);

        (await client.ProvisioningHooks.DeleteAsync(hookId, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.ProvisioningHooks.ListAllAsync(cancellationToken: ct).ToListAsync(ct)).Should().NotContain(h => h.Id == hookId);
    }

    /// <summary>Waits (deadline) until the hook call of a job was made: the job is then <c>sent</c>.</summary>
    private static Task<ProvisioningJob> SentAsync(IWispGateClient client, string jobId, CancellationToken ct) =>
        Poll.UntilAsync(async () => (await client.ProvisioningJobs.GetAsync(jobId, cancellationToken: ct)).Data, job => job.Status == ProvisioningJobStatus.Sent, ct);

    /// <summary>
    /// A 202 with the job, then the built-in network answers it on the server clock: a service's next lifecycle action is
    /// accepted only once the previous one's job is answered (while it is in flight → 409).
    /// </summary>
    private static async Task ExpectJobAsync(SdkAgainstMock harness, Task<WispGateResponse<ProvisioningJob>> call, ProvisioningAction action, string targetId, CancellationToken ct)
    {
        var job = await call;
        job.StatusCode.Should().Be(HttpStatusCode.Accepted);
        job.Data.Action.Should().Be(action);
        job.Data.TargetId.Should().Be(targetId);
        job.Data.Status.Should().BeOneOf(ProvisioningJobStatus.Queued, ProvisioningJobStatus.Sent);
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(2));
        var done = (await harness.Client.ProvisioningJobs.WaitForCompletionAsync(job.Data.Id, cancellationToken: ct)).Data;
        done.Status.Should().BeOneOf(
            targetId.StartsWith("svc_", StringComparison.Ordinal) ? [ProvisioningJobStatus.Acked] : [ProvisioningJobStatus.Acked, ProvisioningJobStatus.Nak],
            "a service job of the built-in network is acked; a session job is nak when an earlier walk closed the session");
    }
}
