using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>CPE inventory: create with unique serial and MAC, list, get, update with the status rules, bind and unbind.</summary>
public sealed class DeviceTests
{
    [Fact]
    public async Task A_device_is_created_in_stock_with_its_MAC_upper_case()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/devices", new { serial = "UBNT-NEW-1", mac = "aa:bb:cc:dd:ee:01", model = "LiteBeam 5AC", vendor = "Ubiquiti", name = "new-cpe", parent_node = "AP-North-1", ipv4 = "100.64.9.9", ipv6 = "2001:db8:9::/56" });

        created.Status.Should().Be(HttpStatusCode.Created);
        var id = created.DataString("id")!;
        created.Header("Location").Should().Be($"/api/v1/devices/{id}");
        created.DataString("status").Should().Be("in_stock");
        created.DataString("mac").Should().Be("AA:BB:CC:DD:EE:01");
        created.Data.GetProperty("service_id").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync($"/api/v1/devices/{id}")).DataString("parent_node").Should().Be("AP-North-1");
        (await EventLog.TypesAsync(api)).Should().Equal("device.created");
    }

    [Theory]
    [InlineData("UBNT-LR-10004", "AA:BB:CC:DD:EE:02", "serial")]
    [InlineData("UBNT-NEW-2", "aa:bb:cc:00:01:04", "mac")]
    public async Task A_duplicate_serial_or_MAC_is_409(string serial, string mac, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/devices", new { serial, mac });

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be("duplicate_device");
        response.ErrorField.Should().Be(field);
    }

    [Fact]
    public async Task A_malformed_MAC_or_address_is_422_from_the_contract()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.PostAsync("/api/v1/devices", new { serial = "X", mac = "AABBCCDDEEFF" })).ErrorField.Should().Be("mac");
        (await api.PostAsync("/api/v1/devices", new { serial = "X", mac = "AA:BB:CC:DD:EE:FF", ipv4 = "300.1.1.1" })).ErrorField.Should().Be("ipv4");
        (await api.PostAsync("/api/v1/devices", new { mac = "AA:BB:CC:DD:EE:FF" })).ErrorCode.Should().Be("missing_required_field");
    }

    [Fact]
    public async Task Devices_are_listed_newest_first_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/devices")).Ids.Should().Equal("dev_000006", "dev_000005", "dev_000004", "dev_000003", "dev_000002", "dev_000001");
        (await api.GetAsync("/api/v1/devices?status=in_stock,faulty")).Ids.Should().Equal("dev_000006", "dev_000005", "dev_000004");
        (await api.GetAsync("/api/v1/devices?service_id=svc_000002")).Ids.Should().Equal("dev_000002");
        (await api.GetAsync("/api/v1/devices?mac=aa:bb:cc:00:01:03")).Ids.Should().Equal("dev_000003");
        (await api.GetAsync("/api/v1/devices?serial=UBNT-LR-10005")).Ids.Should().Equal("dev_000005");
        (await api.GetAsync("/api/v1/devices?status=lost")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/devices/dev_000007")).Status.Should().Be(HttpStatusCode.NotFound, "another tenant's device");
    }

    [Fact]
    public async Task An_update_is_a_merge_patch_and_the_status_follows_the_inventory_rules()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var renamed = await api.PatchAsync("/api/v1/devices/dev_000004", """{"name": "spare-1", "ipv6": null, "status": "faulty"}""");
        var back = await api.PatchAsync("/api/v1/devices/dev_000004", new { status = "in_stock" });
        var assigned = await api.PatchAsync("/api/v1/devices/dev_000005", new { status = "assigned" });
        var bound = await api.PatchAsync("/api/v1/devices/dev_000001", new { status = "returned" });
        var boundRename = await api.PatchAsync("/api/v1/devices/dev_000001", new { name = "maria-cpe", status = "assigned" });
        var immutable = await api.PatchAsync("/api/v1/devices/dev_000004", new { serial = "CHANGED" });

        renamed.Status.Should().Be(HttpStatusCode.OK);
        renamed.DataString("name").Should().Be("spare-1");
        renamed.DataString("status").Should().Be("faulty");
        back.DataString("status").Should().Be("in_stock");
        assigned.Status.Should().Be(HttpStatusCode.Conflict);
        assigned.ErrorCode.Should().Be("invalid_state_transition");
        bound.ErrorCode.Should().Be("invalid_state_transition");
        boundRename.Status.Should().Be(HttpStatusCode.OK, "setting the current status again is no change");
        boundRename.DataString("name").Should().Be("maria-cpe");
        immutable.DataString("serial").Should().Be("UBNT-LR-10004", "serial is not part of the update");
    }

    [Fact]
    public async Task Binding_assigns_the_device_and_lists_it_on_the_service()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var bound = await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = "dev_000004" });
        var again = await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = "dev_000004" });

        bound.Status.Should().Be(HttpStatusCode.OK);
        bound.DataString("id").Should().Be("svc_000004");
        bound.Data.GetProperty("devices").EnumerateArray().Select(d => d.GetString()).Should().Equal("dev_000004");
        var device = await api.GetAsync("/api/v1/devices/dev_000004");
        device.DataString("status").Should().Be("assigned");
        device.DataString("service_id").Should().Be("svc_000004");
        again.Status.Should().Be(HttpStatusCode.OK, "binding a device to its own service again changes nothing");
        again.Data.GetProperty("devices").GetArrayLength().Should().Be(1);
        (await EventLog.TypesAsync(api)).Should().Equal("device.updated", "service.updated");
    }

    [Fact]
    public async Task A_device_bound_elsewhere_is_409_resource_in_use()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = "dev_000001" });

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be("resource_in_use");
        response.ErrorField.Should().Be("device_id");
        (await api.GetAsync("/api/v1/devices/dev_000001")).DataString("service_id").Should().Be("svc_000001");
        (await api.GetAsync("/api/v1/events")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Concurrent_binds_of_one_device_to_two_services_bind_it_once()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var services = new[] { "svc_000004", "svc_000002" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            api.PostAsync($"/api/v1/services/{services[i % 2]}/devices", new { device_id = "dev_000005" })));

        var owner = (await api.GetAsync("/api/v1/devices/dev_000005")).DataString("service_id");
        owner.Should().BeOneOf(services);
        responses.Where((_, i) => services[i % 2] == owner).Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        responses.Where((_, i) => services[i % 2] != owner).Should().OnlyContain(r => r.ErrorCode == "resource_in_use");
        (await api.GetAsync("/api/v1/events?type=device.updated")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task Binding_refuses_unknown_and_faulty_devices_and_terminated_services()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var unknown = await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = "dev_999999" });
        var faulty = await api.PostAsync("/api/v1/services/svc_000004/devices", new { device_id = "dev_000006" });
        var terminated = await api.PostAsync("/api/v1/services/svc_000005/devices", new { device_id = "dev_000004" });
        var noService = await api.PostAsync("/api/v1/services/svc_999999/devices", new { device_id = "dev_000004" });
        var noBody = await api.PostAsync("/api/v1/services/svc_000004/devices", new { });

        unknown.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        unknown.ErrorField.Should().Be("device_id");
        faulty.Status.Should().Be(HttpStatusCode.Conflict);
        faulty.ErrorCode.Should().Be("invalid_state_transition");
        terminated.ErrorCode.Should().Be("invalid_state_transition");
        noService.Status.Should().Be(HttpStatusCode.NotFound);
        noBody.ErrorCode.Should().Be("missing_required_field");
    }

    [Fact]
    public async Task Unbinding_returns_the_device_and_a_device_not_bound_there_is_404()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var elsewhere = await api.DeleteAsync("/api/v1/services/svc_000002/devices/dev_000001");
        var unbound = await api.DeleteAsync("/api/v1/services/svc_000001/devices/dev_000001");
        var twice = await api.DeleteAsync("/api/v1/services/svc_000001/devices/dev_000001");
        var rebound = await api.PostAsync("/api/v1/services/svc_000002/devices", new { device_id = "dev_000001" });

        elsewhere.Status.Should().Be(HttpStatusCode.NotFound);
        unbound.Status.Should().Be(HttpStatusCode.NoContent);
        unbound.Body.Should().BeEmpty();
        twice.Status.Should().Be(HttpStatusCode.NotFound);
        rebound.Status.Should().Be(HttpStatusCode.OK, "a returned device may be bound again");
        (await api.GetAsync("/api/v1/services/svc_000001")).Data.GetProperty("devices").GetArrayLength().Should().Be(0);
        (await EventLog.TypesAsync(api)).Should().Equal("device.updated", "service.updated", "device.updated", "service.updated");
    }
}
