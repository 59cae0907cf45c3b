using System.Net;
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
            new CreateServicePackageRequest { Name = Unique.Id("Walk 50"), DownloadKbps = 50_000, UploadKbps = 10_000, Price = new Money { Amount = 4_999, Currency = "USD" } },
            cancellationToken: ct);
        package.StatusCode.Should().Be(HttpStatusCode.Created);
        package.Data.Price.Amount.Should().Be(4_999);
        (await client.ServicePackages.GetAsync(package.Data.Id, cancellationToken: ct)).Data.DownloadKbps.Should().Be(50_000);
        (await client.ServicePackages.UpdateAsync(package.Data.Id, new UpdateServicePackageRequest { Description = "Walked" }, cancellationToken: ct))
            .Data.Description.Should().Be("Walked");

        // Service lifecycle: every action is a provisioning job
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Network Walk", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;
        await ExpectJobAsync(client.Services.ActivateAsync(service.Id, cancellationToken: ct), ProvisioningAction.ActivateService, service.Id);
        await ExpectJobAsync(client.Services.SuspendAsync(service.Id, new ServiceActionRequest { Reason = "non_payment" }, cancellationToken: ct), ProvisioningAction.SuspendService, service.Id);
        await ExpectJobAsync(client.Services.ResumeAsync(service.Id, cancellationToken: ct), ProvisioningAction.ResumeService, service.Id);
        await ExpectJobAsync(client.Services.ChangePackageAsync(service.Id, new ChangeServicePackageRequest { ServicePackageId = package.Data.Id }, cancellationToken: ct), ProvisioningAction.ChangePackage, service.Id);
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

        await ExpectJobAsync(client.Services.TerminateAsync(service.Id, cancellationToken: ct), ProvisioningAction.TerminateService, service.Id);
        (await client.ServicePackages.ArchiveAsync(package.Data.Id, cancellationToken: ct)).Data.Archived.Should().BeTrue();

        // AAA and sessions (demo data)
        var aaa = await client.Services.GetAaaAsync("svc_000001", cancellationToken: ct);
        aaa.Data.ServiceId.Should().Be("svc_000001");
        aaa.Data.Username.Should().NotBeNullOrEmpty();
        (await client.Sessions.ListAsync(new SessionListOptions { Status = [SessionStatus.Active] }, cancellationToken: ct)).Items.Should().NotBeEmpty().And.OnlyContain(s => s.Status == SessionStatus.Active);
        (await client.Sessions.GetAsync("ses_000003", cancellationToken: ct)).Data.Id.Should().Be("ses_000003");
        await ExpectJobAsync(client.Sessions.SendCoaAsync("ses_000004", new SessionCoaRequest { Attributes = new Dictionary<string, string> { ["Session-Timeout"] = "3600" } }, cancellationToken: ct), ProvisioningAction.CoaSession, "ses_000004");
        await ExpectJobAsync(client.Sessions.DisconnectAsync("ses_000003", cancellationToken: ct), ProvisioningAction.DisconnectSession, "ses_000003");

        // Jobs
        var jobs = await client.ProvisioningJobs.ListAsync(new ProvisioningJobListOptions { TargetId = service.Id }, cancellationToken: ct);
        jobs.Items.Should().HaveCount(5);
        (await client.ProvisioningJobs.GetAsync(jobs.Items[0].Id, cancellationToken: ct)).Data.TargetId.Should().Be(service.Id);

        // Enforcement
        (await client.Enforcement.ListShapedDevicesAsync(cancellationToken: ct)).Items.Should().NotBeEmpty();
        (await client.Enforcement.ExportLibreQosAsync(harness.Server.DemoTokens.ReadWrite, cancellationToken: ct)).Data.Should().NotBeEmpty()
            .And.OnlyContain(row => !string.IsNullOrEmpty(row.CircuitId));
    }

    private static async Task ExpectJobAsync(Task<WispGateResponse<ProvisioningJob>> call, ProvisioningAction action, string targetId)
    {
        var job = await call;
        job.StatusCode.Should().Be(HttpStatusCode.Accepted);
        job.Data.Action.Should().Be(action);
        job.Data.TargetId.Should().Be(targetId);
        job.Data.Status.Should().BeOneOf(ProvisioningJobStatus.Queued, ProvisioningJobStatus.Sent);
    }
}
