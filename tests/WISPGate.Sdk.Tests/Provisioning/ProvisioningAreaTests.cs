using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Provisioning;

/// <summary>Every operation of the Network &amp; Provisioning area: method, path, query and body on the wire, the typed result back.</summary>
public sealed class ProvisioningAreaTests
{
    internal const string Package = """{ "id": "pkg_100", "name": "Fiber 100", "description": null, "download_kbps": 100000, "upload_kbps": 20000, "burst_download_kbps": 120000, "burst_upload_kbps": null, "data_cap_gb": null, "price": { "amount": 4999, "currency": "USD" }, "radius_attributes": { "Mikrotik-Rate-Limit": "20M/100M" }, "archived": false, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string Job = """{ "id": "job_1", "action": "activate_service", "target_id": "svc_1", "status": "queued", "error_cause": null, "error_message": null, "attempts": 0, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z", "completed_at": null }""";
    internal const string NakJob = """{ "id": "job_2", "action": "disconnect_session", "target_id": "ses_1", "status": "nak", "error_cause": 503, "error_message": "Session-Context-Not-Found", "attempts": 1, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:01Z", "completed_at": "2026-04-13T10:21:01Z" }""";
    internal const string Hook = """{ "id": "prh_1", "url": "https://noc.example.com/wispgate/provisioning", "description": "NOC automation", "actions": ["activate_service", "suspend_service"], "enabled": true, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string HookJob = """{ "id": "job_3", "action": "activate_service", "target_id": "svc_1", "status": "acked", "provisioning_hook_id": "prh_1", "reason": null, "error_cause": null, "error_message": null, "attempts": 1, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:05Z", "completed_at": "2026-04-13T10:21:05Z" }""";
    internal const string Aaa = """{ "service_id": "svc_1", "username": "svc_1@wisp", "enabled": true, "framed_ip_address": "100.64.0.10", "mac_binding": null, "reply_attributes": { "Mikrotik-Rate-Limit": "20M/100M" }, "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string Service = """{ "id": "svc_1", "subscriber_id": "sub_1", "service_package_id": "pkg_100", "status": "active", "service_address": null, "start_date": "2026-05-01", "price_override": null, "devices": ["dev_1"], "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string Session = """{ "id": "ses_1", "acct_session_id": "8100001A", "username": "svc_1@wisp", "service_id": "svc_1", "status": "active", "nas_ip_address": "10.0.0.1", "framed_ip_address": "100.64.0.10", "calling_station_id": "AA:BB:CC:00:11:22", "started_at": "2026-04-13T10:21:00Z", "stopped_at": null, "input_octets": 5000000000, "output_octets": 12, "terminate_cause": null }""";
    internal const string Device = """{ "id": "dev_1", "serial": "SN-1", "mac": "AA:BB:CC:00:11:22", "model": "LHG 5", "vendor": "MikroTik", "name": "jane-doe-cpe", "parent_node": "AP-North-1", "ipv4": "100.64.12.34", "ipv6": null, "status": "in_stock", "service_id": null, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string ShapedDevice = """{ "circuit_id": "svc_1", "circuit_name": "Jane Doe", "parent_node": "AP-North-1", "device_id": "dev_1", "device_name": "jane-doe-cpe", "download_min_mbps": 100, "upload_min_mbps": 20, "download_max_mbps": 120, "upload_max_mbps": 25, "ipv4": "100.64.12.34", "ipv6": null, "mac": "AA:BB:CC:00:11:22" }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<OperationCase> Operations => new()
    {
        new OperationCase("createServicePackage", "POST", "/api/v1/service-packages", 201, Package,
            async c => await c.ServicePackages.CreateAsync(new CreateServicePackageRequest { Name = "Fiber 100", DownloadKbps = 100000, UploadKbps = 20000, BurstDownloadKbps = 120000, Price = new Money { Amount = 4999, Currency = "USD" } }, cancellationToken: Ct),
            """{"name":"Fiber 100","download_kbps":100000,"upload_kbps":20000,"burst_download_kbps":120000,"price":{"amount":4999,"currency":"USD"}}""",
            result => ((ServicePackage)result).Price.Amount.Should().Be(4999)),
        new OperationCase("getServicePackage", "GET", "/api/v1/service-packages/pkg_100", 200, Package,
            async c => await c.ServicePackages.GetAsync("pkg_100", cancellationToken: Ct), null,
            result => ((ServicePackage)result).RadiusAttributes.Should().ContainKey("Mikrotik-Rate-Limit")),
        new OperationCase("updateServicePackage", "PATCH", "/api/v1/service-packages/pkg_100", 200, Package,
            async c => await c.ServicePackages.UpdateAsync("pkg_100", new UpdateServicePackageRequest { BurstUploadKbps = null, DataCapGb = 500 }, cancellationToken: Ct),
            """{"burst_upload_kbps":null,"data_cap_gb":500}"""),
        new OperationCase("archiveServicePackage", "POST", "/api/v1/service-packages/pkg_100/archive", 200, Package.Replace("\"archived\": false", "\"archived\": true", StringComparison.Ordinal),
            async c => await c.ServicePackages.ArchiveAsync("pkg_100", cancellationToken: Ct), null,
            result => ((ServicePackage)result).Archived.Should().BeTrue()),
        new OperationCase("activateService", "POST", "/api/v1/services/svc_1/activate", 202, Job,
            async c => await c.Services.ActivateAsync("svc_1", cancellationToken: Ct), "{}",
            result => ((ProvisioningJob)result).Should().Match<ProvisioningJob>(job => job.Action == ProvisioningAction.ActivateService && job.Status == ProvisioningJobStatus.Queued)),
        new OperationCase("suspendService", "POST", "/api/v1/services/svc_1/suspend", 202, Job,
            async c => await c.Services.SuspendAsync("svc_1", new ServiceActionRequest { Reason = "non_payment" }, cancellationToken: Ct), """{"reason":"non_payment"}"""),
        new OperationCase("resumeService", "POST", "/api/v1/services/svc_1/resume", 202, Job,
            async c => await c.Services.ResumeAsync("svc_1", cancellationToken: Ct), "{}"),
        new OperationCase("terminateService", "POST", "/api/v1/services/svc_1/terminate", 202, Job,
            async c => await c.Services.TerminateAsync("svc_1", new ServiceActionRequest { Reason = "moved" }, cancellationToken: Ct), """{"reason":"moved"}"""),
        new OperationCase("changeServicePackage", "POST", "/api/v1/services/svc_1/change-package", 202, Job,
            async c => await c.Services.ChangePackageAsync("svc_1", new ChangeServicePackageRequest { ServicePackageId = "pkg_200", Reason = "upgrade" }, cancellationToken: Ct),
            """{"service_package_id":"pkg_200","reason":"upgrade"}"""),
        new OperationCase("getServiceAaa", "GET", "/api/v1/services/svc_1/aaa", 200, Aaa,
            async c => await c.Services.GetAaaAsync("svc_1", cancellationToken: Ct), null,
            result => ((AaaAccount)result).ReplyAttributes["Mikrotik-Rate-Limit"].Should().Be("20M/100M")),
        new OperationCase("bindServiceDevice", "POST", "/api/v1/services/svc_1/devices", 200, Service,
            async c => await c.Services.BindDeviceAsync("svc_1", new BindDeviceRequest { DeviceId = "dev_1" }, cancellationToken: Ct),
            """{"device_id":"dev_1"}""",
            result => ((Service)result).Devices.Should().Equal("dev_1")),
        new OperationCase("unbindServiceDevice", "DELETE", "/api/v1/services/svc_1/devices/dev_1", 204, null,
            async c => await c.Services.UnbindDeviceAsync("svc_1", "dev_1", cancellationToken: Ct), null),
        new OperationCase("getSession", "GET", "/api/v1/sessions/ses_1", 200, Session,
            async c => await c.Sessions.GetAsync("ses_1", cancellationToken: Ct), null,
            result => ((Session)result).InputOctets.Should().Be(5_000_000_000L, "octet counters are 64-bit")),
        new OperationCase("disconnectSession", "POST", "/api/v1/sessions/ses_1/disconnect", 202, NakJob,
            async c => await c.Sessions.DisconnectAsync("ses_1", cancellationToken: Ct), null,
            result => ((ProvisioningJob)result).Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Nak && job.ErrorCause == 503)),
        new OperationCase("sendSessionCoa", "POST", "/api/v1/sessions/ses_1/coa", 202, Job,
            async c => await c.Sessions.SendCoaAsync("ses_1", new SessionCoaRequest { Attributes = new Dictionary<string, string> { ["Mikrotik-Rate-Limit"] = "50M/200M" } }, cancellationToken: Ct),
            """{"attributes":{"Mikrotik-Rate-Limit":"50M/200M"}}"""),
        new OperationCase("getProvisioningJob", "GET", "/api/v1/provisioning-jobs/job_2", 200, NakJob,
            async c => await c.ProvisioningJobs.GetAsync("job_2", cancellationToken: Ct), null,
            result => ((ProvisioningJob)result).CompletedAt.Should().Be(new DateTimeOffset(2026, 4, 13, 10, 21, 1, TimeSpan.Zero))),
        new OperationCase("ackProvisioningJob", "POST", "/api/v1/provisioning-jobs/job_3/ack", 200, HookJob,
            async c => await c.ProvisioningJobs.AckAsync("job_3", cancellationToken: Ct), null,
            result => ((ProvisioningJob)result).Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Acked && job.ProvisioningHookId == "prh_1")),
        new OperationCase("nakProvisioningJob", "POST", "/api/v1/provisioning-jobs/job_3/nak", 200,
            HookJob.Replace("\"acked\"", "\"nak\"", StringComparison.Ordinal).Replace("\"error_cause\": null", "\"error_cause\": 404", StringComparison.Ordinal),
            async c => await c.ProvisioningJobs.NakAsync("job_3", new NakProvisioningJobRequest { ErrorCause = 404, ErrorMessage = "CPE not registered" }, cancellationToken: Ct),
            """{"error_cause":404,"error_message":"CPE not registered"}""",
            result => ((ProvisioningJob)result).Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Nak && job.ErrorCause == 404)),
        new OperationCase("createProvisioningHook", "POST", "/api/v1/provisioning-hooks", 201, Hook.Replace("\"enabled\": true,", "\"enabled\": true, \"secret\": \"whsec_0123456789abcdef\",", StringComparison.Ordinal),
            async c => await c.ProvisioningHooks.CreateAsync(new CreateProvisioningHookRequest { Url = "https://noc.example.com/wispgate/provisioning", Description = "NOC automation", Actions = ["activate_service", "suspend_service"] }, cancellationToken: Ct),
            """{"url":"https://noc.example.com/wispgate/provisioning","description":"NOC automation","actions":["activate_service","suspend_service"]}""",
            result => ((ProvisioningHook)result).Secret.Should().Be("whsec_0123456789abcdef")),
        new OperationCase("getProvisioningHook", "GET", "/api/v1/provisioning-hooks/prh_1", 200, Hook,
            async c => await c.ProvisioningHooks.GetAsync("prh_1", cancellationToken: Ct), null,
            result => ((ProvisioningHook)result).Should().Match<ProvisioningHook>(hook => hook.Secret == null && hook.Actions.Count == 2 && hook.Enabled)),
        new OperationCase("updateProvisioningHook", "PATCH", "/api/v1/provisioning-hooks/prh_1", 200, Hook.Replace("\"enabled\": true", "\"enabled\": false", StringComparison.Ordinal),
            async c => await c.ProvisioningHooks.UpdateAsync("prh_1", new UpdateProvisioningHookRequest { Description = null, Actions = [ProvisioningHook.AllActions], Enabled = false }, cancellationToken: Ct),
            """{"description":null,"actions":["*"],"enabled":false}""",
            result => ((ProvisioningHook)result).Enabled.Should().BeFalse()),
        new OperationCase("deleteProvisioningHook", "DELETE", "/api/v1/provisioning-hooks/prh_1", 204, null,
            async c => await c.ProvisioningHooks.DeleteAsync("prh_1", cancellationToken: Ct), null),
        new OperationCase("createDevice", "POST", "/api/v1/devices", 201, Device,
            async c => await c.Devices.CreateAsync(new CreateDeviceRequest { Serial = "SN-1", Mac = "AA:BB:CC:00:11:22", Vendor = "MikroTik" }, cancellationToken: Ct),
            """{"serial":"SN-1","mac":"AA:BB:CC:00:11:22","vendor":"MikroTik"}""",
            result => ((Device)result).Status.Should().Be(DeviceStatus.InStock)),
        new OperationCase("getDevice", "GET", "/api/v1/devices/dev_1", 200, Device,
            async c => await c.Devices.GetAsync("dev_1", cancellationToken: Ct), null),
        new OperationCase("updateDevice", "PATCH", "/api/v1/devices/dev_1", 200, Device.Replace("in_stock", "faulty", StringComparison.Ordinal),
            async c => await c.Devices.UpdateAsync("dev_1", new UpdateDeviceRequest { Status = DeviceStatus.Faulty, Ipv6 = null }, cancellationToken: Ct),
            """{"status":"faulty","ipv6":null}""",
            result => ((Device)result).Status.Should().Be(DeviceStatus.Faulty)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Each_operation_sends_its_method_path_and_body_and_reads_its_result(OperationCase operation) =>
        OperationCases.RunAsync(operation);

    [Fact]
    public async Task List_operations_send_their_filters_limit_and_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/service-packages").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Package], "cur_next", hasMore: true, limit: 5)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/sessions").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Session], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/provisioning-jobs").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([NakJob], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/devices").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Device], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/provisioning-hooks").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Hook], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/enforcement/shaped-devices").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([ShapedDevice], null, hasMore: false)));
        var client = harness.Client;

        var packages = await client.ServicePackages.ListAsync(new ServicePackageListOptions { Archived = false, Search = "fiber", Limit = 5, Cursor = "cur_1" }, cancellationToken: Ct);
        var sessions = await client.Sessions.ListAsync(new SessionListOptions { ServiceId = "svc_1", Status = [SessionStatus.Active], NasIpAddress = "10.0.0.1", Username = "svc_1@wisp" }, cancellationToken: Ct);
        var jobs = await client.ProvisioningJobs.ListAsync(new ProvisioningJobListOptions
        {
            Status = [ProvisioningJobStatus.Nak, ProvisioningJobStatus.Failed],
            Action = [ProvisioningAction.DisconnectSession, ProvisioningAction.CoaSession],
            TargetId = "ses_1",
            CreatedAfter = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero),
            CreatedBefore = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
        }, cancellationToken: Ct);
        var devices = await client.Devices.ListAsync(new DeviceListOptions { Status = [DeviceStatus.InStock, DeviceStatus.Returned], ServiceId = "svc_1", Mac = "AA:BB:CC:00:11:22", Serial = "SN-1" }, cancellationToken: Ct);
        var shaped = await client.Enforcement.ListShapedDevicesAsync(new ShapedDeviceListOptions { ServiceId = "svc_1", ParentNode = "AP-North-1", Limit = 100 }, cancellationToken: Ct);
        var hooks = await client.ProvisioningHooks.ListAsync(new ProvisioningHookListOptions
        {
            CreatedAfter = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero),
            CreatedBefore = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Limit = 10,
            Cursor = "cur_h",
        }, cancellationToken: Ct);

        packages.Should().Match<Page<ServicePackage>>(page => page.HasMore && page.NextCursor == "cur_next" && page.Limit == 5);
        sessions.Items.Single().Status.Should().Be(SessionStatus.Active);
        jobs.Items.Single().Action.Should().Be(ProvisioningAction.DisconnectSession);
        devices.Items.Single().ServiceId.Should().BeNull();
        shaped.Items.Single().Should().Match<ShapedDevice>(row => row.DownloadMaxMbps == 120 && row.Ipv6 == null);
        hooks.Items.Single().Id.Should().Be("prh_1");

        var requests = harness.Requests;
        OperationCases.ShouldBeTheCatalogOperation(requests[0].Method, requests[0].Path, "listServicePackages");
        OperationCases.ShouldBeTheCatalogOperation(requests[1].Method, requests[1].Path, "listSessions");
        OperationCases.ShouldBeTheCatalogOperation(requests[2].Method, requests[2].Path, "listProvisioningJobs");
        OperationCases.ShouldBeTheCatalogOperation(requests[3].Method, requests[3].Path, "listDevices");
        OperationCases.ShouldBeTheCatalogOperation(requests[4].Method, requests[4].Path, "listShapedDevices");
        Query(requests[0]).Should().BeEquivalentTo(new Dictionary<string, string> { ["archived"] = "false", ["q"] = "fiber", ["limit"] = "5", ["cursor"] = "cur_1" });
        Query(requests[1]).Should().BeEquivalentTo(new Dictionary<string, string> { ["service_id"] = "svc_1", ["status"] = "active", ["nas_ip_address"] = "10.0.0.1", ["username"] = "svc_1@wisp" });
        Query(requests[2]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["status"] = "nak,failed",
            ["action"] = "disconnect_session,coa_session",
            ["target_id"] = "ses_1",
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["created_before"] = "2026-05-01T00:00:00Z",
        });
        Query(requests[3]).Should().BeEquivalentTo(new Dictionary<string, string> { ["status"] = "in_stock,returned", ["service_id"] = "svc_1", ["mac"] = "AA:BB:CC:00:11:22", ["serial"] = "SN-1" });
        Query(requests[4]).Should().BeEquivalentTo(new Dictionary<string, string> { ["service_id"] = "svc_1", ["parent_node"] = "AP-North-1", ["limit"] = "100" });
        OperationCases.ShouldBeTheCatalogOperation(requests[5].Method, requests[5].Path, "listProvisioningHooks");
        Query(requests[5]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["created_before"] = "2026-05-01T00:00:00Z",
            ["limit"] = "10",
            ["cursor"] = "cur_h",
        });
    }

    public static TheoryData<string, string, string, Func<IWispGateClient, IAsyncEnumerable<object>>> ListAllOperations => new()
    {
        { "/api/v1/service-packages", Package, Package.Replace("pkg_100", "pkg_200", StringComparison.Ordinal), c => c.ServicePackages.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/sessions", Session, Session.Replace("ses_1", "ses_2", StringComparison.Ordinal), c => c.Sessions.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/provisioning-jobs", Job, NakJob, c => c.ProvisioningJobs.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/provisioning-hooks", Hook, Hook.Replace("prh_1", "prh_2", StringComparison.Ordinal), c => c.ProvisioningHooks.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/devices", Device, Device.Replace("dev_1", "dev_2", StringComparison.Ordinal), c => c.Devices.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/enforcement/shaped-devices", ShapedDevice, ShapedDevice, c => c.Enforcement.ListAllShapedDevicesAsync(new() { Limit = 1 }, cancellationToken: Ct) },
    };

    [Theory]
    [MemberData(nameof(ListAllOperations))]
    public Task ListAll_walks_every_page(string path, string first, string second, Func<IWispGateClient, IAsyncEnumerable<object>> listAll) =>
        OperationCases.ListAllWalksPagesAsync(path, first, second, listAll);

    [Fact]
    public async Task The_LibreQoS_export_posts_the_token_as_a_form_and_reads_the_bare_array_under_the_shaper_column_names()
    {
        using var harness = SdkHarness.Start();
        var contractExample = LibreQosContractExample();
        harness.Server.Given(Request.Create().WithPath("/api/libreqos/shaped-devices").UsingPost())
            .RespondWith(Stubs.JsonResponse(200, contractExample.ToJsonString(), requestId: "req_lqos"));

        var export = await harness.Client.Enforcement.ExportLibreQosAsync("wgk_test_readonly", new RequestOptions { TenantId = "tenant_demo_002" }, Ct);

        var request = harness.Requests.Single();
        OperationCases.ShouldBeTheCatalogOperation(request.Method, request.Path, "exportLibreQosShapedDevices");
        request.Headers!["Content-Type"].Single().Should().StartWith("application/x-www-form-urlencoded");
        request.Body.Should().Be("api_token=wgk_test_readonly");
        request.Headers["X-Tenant-ID"].Should().Equal("tenant_demo_002");
        request.Headers.Should().ContainKey("X-Idempotency-Key");
        export.RequestId.Should().Be("req_lqos", "a bare answer's request id comes from the header");

        var row = export.Data.Single();
        row.Should().BeEquivalentTo(new LibreQosShapedDevice
        {
            CircuitId = "svc_000007",
            ParentNode = "AP-North-1",
            DownloadMinMbps = 100,
            UploadMinMbps = 20,
            DownloadMaxMbps = 120,
            UploadMaxMbps = 25,
            Ipv4 = "100.64.12.34",
            Ipv6 = "2001:db8:12::/56",
            Mac = "AA:BB:CC:00:11:22",
            DeviceName = "jane-doe-cpe",
        });
        var written = JsonNode.Parse(JsonSerializer.Serialize(export.Data, WispGateJson.Options.GetTypeInfo(typeof(List<LibreQosShapedDevice>))));
        JsonNode.DeepEquals(written, contractExample).Should().BeTrue("the rows write back exactly the contract's keys: {0}", written);
    }

    [Fact]
    public async Task LibreQoS_rows_with_missing_values_read_as_nulls_and_keep_null_keys_when_written()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/libreqos/shaped-devices").UsingPost())
            .RespondWith(Stubs.JsonResponse(200, """[{ "Circuit ID": "svc_1", "Parent Node": null, "Download Min Mbps": null, "Upload Min Mbps": null, "Download Max Mbps": null, "Upload Max Mbps": null, "IPv4": null, "IPv6": null, "MAC": null, "Device Name": null }]"""));

        var export = await harness.Client.Enforcement.ExportLibreQosAsync("wgt_token", cancellationToken: Ct);

        export.Data.Single().Should().Match<LibreQosShapedDevice>(row => row.CircuitId == "svc_1" && row.DownloadMaxMbps == null && row.Mac == null);
    }

    [Fact]
    public void Every_method_names_a_catalog_operation_and_the_area_covers_its_catalog_operations()
    {
        var operationIds = OperationCases.OperationIdsOf(
            typeof(IServicePackagesClient), typeof(ISessionsClient), typeof(IProvisioningJobsClient), typeof(IProvisioningHooksClient), typeof(IDevicesClient), typeof(IEnforcementClient));
        var serviceOperationIds = OperationCases.OperationIdsOf(typeof(IServicesClient));

        operationIds.Should().NotContainNulls("every public method names the operation it calls");
        operationIds.Concat(serviceOperationIds).Should().BeSubsetOf(CatalogOperations.All.Select(operation => operation.OperationId));
        operationIds.Concat(serviceOperationIds.Where(id => CatalogOperations.All.Single(operation => operation.OperationId == id).Tag == CatalogOperations.Provisioning))
            .Distinct().Should().BeEquivalentTo(
                CatalogOperations.All.Where(operation => operation.Tag == CatalogOperations.Provisioning).Select(operation => operation.OperationId),
                "the Network & Provisioning area is complete");
    }

    private static Dictionary<string, string> Query(WireMock.IRequestMessage request) =>
        request.Query!.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value));

    private static JsonNode LibreQosContractExample()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wispgate-v1.openapi.json")))!;
        return contract["paths"]!["/api/libreqos/shaped-devices"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["examples"]!["example"]!["value"]!.DeepClone();
    }
}
