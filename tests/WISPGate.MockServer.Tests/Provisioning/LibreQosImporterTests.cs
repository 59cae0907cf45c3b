using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// The LibreQoS feed read the way LibreQoS's own WISPGate importer (<c>src/integrationWISPGate.py</c>) reads it, after
/// an onboarding done through the API as an integrator does it: subscriber → activate → service → device (no address
/// of its own) → bind → activate the service → the provisioning job acked. The importer indexes every key, calls
/// <c>int()</c> on the rates, concatenates <c>Device Name</c> into a message and skips rows without an address; a null
/// where it concatenates aborts the whole import.
/// </summary>
public sealed class LibreQosImporterTests
{
    private static readonly string[] ImporterKeys =
        ["Circuit ID", "Parent Node", "Download Min Mbps", "Upload Min Mbps", "Download Max Mbps", "Upload Max Mbps", "IPv4", "IPv6", "MAC", "Device Name"];

    [Fact]
    public async Task A_service_onboarded_through_the_api_is_exported_with_its_aaa_address_and_a_device_name()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var service = await OnboardAsync(api, time, devices: 1);

        var rows = await ImportAsync(api);

        var aaa = await api.GetAsync($"/api/v1/services/{service}/aaa");
        var row = rows.Should().ContainSingle(r => r.GetProperty("Circuit ID").GetString() == service).Subject;
        row.GetProperty("IPv4").GetString().Should().Be(aaa.DataString("framed_ip_address")).And.NotBeNullOrEmpty();
        row.GetProperty("IPv6").GetString().Should().Be(aaa.DataString("delegated_ipv6_prefix")).And.NotBeNullOrEmpty("the device has no IPv6, its AAA account delegates a prefix");
        row.GetProperty("Parent Node").GetString().Should().Be("Site-Austin", "the device names no parent node, its package (pkg_000002) does");
        row.GetProperty("Device Name").GetString().Should().Be("Wave Nano ONB-1-0");
        row.GetProperty("Download Max Mbps").GetInt64().Should().Be(120);
    }

    [Fact]
    public async Task A_row_without_ipv6_is_read_with_ipv6_null_and_its_ipv4()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var rows = await ImportAsync(api);

        // svc_000002 of the demo seed: a device without IPv6 on an account issued before prefix delegation.
        var row = rows.Should().ContainSingle(r => r.GetProperty("Circuit ID").GetString() == "svc_000002").Subject;
        row.GetProperty("IPv6").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("IPv4").GetString().Should().Be("100.64.0.3");
        row.GetProperty("Parent Node").GetString().Should().Be("AP-Ridge-1", "the device's own parent node wins over its package's");
    }

    [Fact]
    public async Task A_parent_node_comes_from_the_package_when_the_device_names_none_and_is_null_when_neither_does()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var withSite = (await api.PostAsync("/api/v1/service-packages", new { name = "Tower Plan", download_kbps = 50000, upload_kbps = 10000, price = new { amount = 3999, currency = "USD" }, parent_node = "Tower-North" })).DataString("id")!;
        var withoutSite = (await api.PostAsync("/api/v1/service-packages", new { name = "Plain Plan", download_kbps = 50000, upload_kbps = 10000, price = new { amount = 3999, currency = "USD" } })).DataString("id")!;
        var onTower = await OnboardAsync(api, time, devices: 1, package: withSite, serialPrefix: "TWR");
        var plain = await OnboardAsync(api, time, devices: 1, package: withoutSite, serialPrefix: "PLN");

        var rows = await ImportAsync(api);

        rows.Single(r => r.GetProperty("Circuit ID").GetString() == onTower).GetProperty("Parent Node").GetString().Should().Be("Tower-North");
        rows.Single(r => r.GetProperty("Circuit ID").GetString() == plain).GetProperty("Parent Node").ValueKind.Should().Be(JsonValueKind.Null, "neither the device nor the package names a parent node (the importer stores it as is)");
        (await api.PatchAsync($"/api/v1/service-packages/{withoutSite}", new { parent_node = "Tower-South" })).Status.Should().Be(HttpStatusCode.OK);
        (await ImportAsync(api)).Single(r => r.GetProperty("Circuit ID").GetString() == plain).GetProperty("Parent Node").GetString().Should().Be("Tower-South", "the package's parent node is read at export time");
    }

    [Fact]
    public async Task Several_devices_of_one_circuit_are_each_a_row_with_a_name()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var service = await OnboardAsync(api, time, devices: 3);

        var rows = await ImportAsync(api);

        var circuit = rows.Where(r => r.GetProperty("Circuit ID").GetString() == service).ToList();
        circuit.Should().HaveCount(3);
        circuit.Select(r => r.GetProperty("Device Name").GetString()).Should().OnlyHaveUniqueItems().And.AllSatisfy(name => name.Should().NotBeNullOrEmpty());
    }

    [Fact]
    public async Task A_service_whose_activation_is_not_acked_yet_is_not_exported()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        var service = await OnboardAsync(api, time: null, devices: 1);

        var rows = await ImportAsync(api);

        rows.Select(r => r.GetProperty("Circuit ID").GetString()).Should().NotContain(service, "without an AAA account the device has no address a shaper could use");
    }

    // subscriber → activate → service on a live package → devices without addresses → bind → activate the service;
    // then (when a clock is given) the provisioning job runs to acked.
    private static async Task<string> OnboardAsync(ApiClient api, FakeTimeProvider? time, int devices, string package = "pkg_000002", string serialPrefix = "ONB")
    {
        var subscriber = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Onboarded Through The Api", status = "prospect", billing_profile_id = "bp_001" })).DataString("id");
        (await api.PostAsync($"/api/v1/subscribers/{subscriber}/activate")).Status.Should().Be(HttpStatusCode.OK);
        var service = (await api.PostAsync("/api/v1/services", new { subscriber_id = subscriber, service_package_id = package })).DataString("id")!;
        for (var i = 0; i < devices; i++)
        {
            var device = (await api.PostAsync("/api/v1/devices", new { serial = $"{serialPrefix}-1-{i}", mac = $"AA:BB:CC:{serialPrefix.Length:D2}:{(int)serialPrefix[0]:X2}:{i:D2}", model = "Wave Nano" })).DataString("id");
            (await api.PostAsync($"/api/v1/services/{service}/devices", new { device_id = device })).Status.Should().Be(HttpStatusCode.OK);
        }

        (await api.PostAsync($"/api/v1/services/{service}/activate")).Status.Should().Be(HttpStatusCode.Accepted);
        if (time is not null)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            (await api.GetAsync($"/api/v1/services/{service}/aaa")).Status.Should().Be(HttpStatusCode.OK, "the activation job was acked");
        }

        return service;
    }

    // The importer's reading of the feed: every key indexed, int() on the rates, str concatenation of the name for
    // rows it omits, and only rows with an address kept.
    private static async Task<IReadOnlyList<JsonElement>> ImportAsync(ApiClient api)
    {
        using var form = new StringContent("api_token=wgk_test_demo", new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
        var response = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", form, new Dictionary<string, string> { ["Authorization"] = string.Empty });
        response.Status.Should().Be(HttpStatusCode.OK);
        var rows = JsonDocument.Parse(response.Body).RootElement.EnumerateArray().ToList();
        rows.Should().NotBeEmpty("the importer divides by the number of rows");
        foreach (var row in rows)
        {
            row.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(ImporterKeys);
            row.GetProperty("Circuit ID").ValueKind.Should().Be(JsonValueKind.String);
            row.GetProperty("Device Name").ValueKind.Should().Be(JsonValueKind.String, "the importer concatenates it: \"Omitted device \" + device['Device Name']");
            foreach (var rate in new[] { "Download Min Mbps", "Upload Min Mbps", "Download Max Mbps", "Upload Max Mbps" })
            {
                row.GetProperty(rate).TryGetInt64(out _).Should().BeTrue($"the importer calls int() on {rate}");
            }

            var hasAddress = new[] { "IPv4", "IPv6" }.Any(k => row.GetProperty(k) is { ValueKind: JsonValueKind.String } v && v.GetString()!.Length > 0);
            hasAddress.Should().BeTrue("a row without an address is not exported");
        }

        return rows;
    }
}
