using System.Net.Http.Headers;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// The package-enforcement export and the LibreQoS feed: one row per device bound to an active service, Mbps as
/// integers (min from the committed rate, max from the burst rate when there is one), exactly the documented keys.
/// </summary>
public sealed class ShapedDeviceExportTests
{
    private static readonly string[] LibreQosKeys =
        ["Circuit ID", "Parent Node", "Download Min Mbps", "Upload Min Mbps", "Download Max Mbps", "Upload Max Mbps", "IPv4", "IPv6", "MAC", "Device Name"];

    [Fact]
    public async Task The_export_has_one_row_per_device_of_an_active_service()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var rows = await api.GetAsync("/api/v1/enforcement/shaped-devices");

        rows.Data.EnumerateArray().Select(r => r.GetProperty("device_id").GetString()).Should().Equal("dev_000002", "dev_000001");
        var maria = rows.Data[1];
        maria.GetProperty("circuit_id").GetString().Should().Be("svc_000001");
        maria.GetProperty("circuit_name").GetString().Should().Be("Maria Garcia");
        maria.GetProperty("parent_node").GetString().Should().Be("AP-Mesa-1");
        maria.GetProperty("device_name").GetString().Should().Be("maria-garcia-cpe");
        maria.GetProperty("download_min_mbps").GetInt64().Should().Be(100);
        maria.GetProperty("upload_min_mbps").GetInt64().Should().Be(20);
        maria.GetProperty("download_max_mbps").GetInt64().Should().Be(120, "the burst rate");
        maria.GetProperty("upload_max_mbps").GetInt64().Should().Be(25);
        maria.GetProperty("ipv4").GetString().Should().Be("100.64.0.2");
        maria.GetProperty("ipv6").GetString().Should().Be("2001:db8:1::/56");
        maria.GetProperty("mac").GetString().Should().Be("AA:BB:CC:00:01:01");
        var tom = rows.Data[0];
        tom.GetProperty("download_max_mbps").GetInt64().Should().Be(25, "no burst: max is the committed rate");
        tom.GetProperty("ipv6").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync("/api/v1/enforcement/shaped-devices?service_id=svc_000001")).Data.GetArrayLength().Should().Be(1);
        (await api.GetAsync("/api/v1/enforcement/shaped-devices?parent_node=AP-Ridge-1")).Data[0].GetProperty("circuit_id").GetString().Should().Be("svc_000002");
        (await api.GetAsync("/api/v1/enforcement/shaped-devices?limit=1")).Meta.GetProperty("pagination").GetProperty("has_more").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Rates_round_up_to_whole_Mbps_and_rows_follow_the_service_status_and_bindings()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var package = (await api.PostAsync("/api/v1/service-packages", new { name = "Odd 10.5/1.2", download_kbps = 10500, upload_kbps = 1001, burst_download_kbps = 12001, price = new { amount = 100, currency = "USD" } })).DataString("id");
        var service = (await api.PostAsync("/api/v1/services", new { subscriber_id = "sub_000179", service_package_id = package })).DataString("id");
        await api.PostAsync($"/api/v1/services/{service}/devices", new { device_id = "dev_000004" });

        var pending = await api.GetAsync($"/api/v1/enforcement/shaped-devices?service_id={service}");
        await api.PostAsync($"/api/v1/services/{service}/activate");
        var activating = await api.GetAsync($"/api/v1/enforcement/shaped-devices?service_id={service}");
        server.Clock.Advance(TimeSpan.FromSeconds(2));   // the activation job is acked
        var active = await api.GetAsync($"/api/v1/enforcement/shaped-devices?service_id={service}");
        await api.PostAsync("/api/v1/services/svc_000001/suspend");
        var suspending = await api.GetAsync("/api/v1/enforcement/shaped-devices");
        server.Clock.Advance(TimeSpan.FromSeconds(2));   // the suspension job is acked
        var all = await api.GetAsync("/api/v1/enforcement/shaped-devices");

        pending.Data.GetArrayLength().Should().Be(0, "a pending service is not enforced");
        activating.Data.GetArrayLength().Should().Be(0, "nor is one whose activation job is not acked yet");
        suspending.Data.EnumerateArray().Select(r => r.GetProperty("circuit_id").GetString()).Should().Contain("svc_000001", "a service stays enforced until its suspension job is acked");
        var row = active.Data[0];
        row.GetProperty("download_min_mbps").GetInt64().Should().Be(11);
        row.GetProperty("upload_min_mbps").GetInt64().Should().Be(2);
        row.GetProperty("download_max_mbps").GetInt64().Should().Be(13);
        row.GetProperty("upload_max_mbps").GetInt64().Should().Be(2);
        row.GetProperty("parent_node").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("device_name").GetString().Should().Be("LiteBeam 5AC UBNT-LR-10004", "a device without a name is named by model and serial");
        all.Data.EnumerateArray().Select(r => r.GetProperty("circuit_id").GetString()).Should().Equal(service, "svc_000002");
    }

    [Fact]
    public async Task The_LibreQoS_feed_is_a_bare_array_with_exactly_the_LibreQoS_keys_and_types()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var response = await PostFormAsync(api, "api_token=wgk_test_demo");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Header("Content-Type").Should().StartWith("application/json");
        var rows = JsonDocument.Parse(response.Body).RootElement;
        rows.ValueKind.Should().Be(JsonValueKind.Array, "no envelope");
        rows.GetArrayLength().Should().Be(2);
        foreach (var row in rows.EnumerateArray())
        {
            row.EnumerateObject().Select(p => p.Name).Should().Equal(LibreQosKeys, "LibreQoS imports the columns by these exact names");
            row.GetProperty("Circuit ID").ValueKind.Should().Be(JsonValueKind.String);
            foreach (var rate in new[] { "Download Min Mbps", "Upload Min Mbps", "Download Max Mbps", "Upload Max Mbps" })
            {
                row.GetProperty(rate).ValueKind.Should().Be(JsonValueKind.Number);
                row.GetProperty(rate).TryGetInt64(out _).Should().BeTrue($"{rate} is an integer");
                row.GetProperty(rate).GetRawText().Should().NotContain(".");
            }
        }

        rows[0].GetRawText().Should().Be("""{"Circuit ID":"svc_000001","Parent Node":"AP-Mesa-1","Download Min Mbps":100,"Upload Min Mbps":20,"Download Max Mbps":120,"Upload Max Mbps":25,"IPv4":"100.64.0.2","IPv6":"2001:db8:1::/56","MAC":"AA:BB:CC:00:01:01","Device Name":"maria-garcia-cpe"}""");
        rows[1].GetRawText().Should().Be("""{"Circuit ID":"svc_000002","Parent Node":"AP-Ridge-1","Download Min Mbps":25,"Upload Min Mbps":5,"Download Max Mbps":25,"Upload Max Mbps":5,"IPv4":"100.64.0.3","IPv6":null,"MAC":"AA:BB:CC:00:01:02","Device Name":"tom-nguyen-cpe"}""");
    }

    [Fact]
    public async Task The_LibreQoS_feed_rejects_a_bad_or_missing_token_with_a_JSON_error()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var unknown = await PostFormAsync(api, "api_token=wgk_nope");
        var missing = await PostFormAsync(api, "other=1");
        var bearerOnly = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", Form("x=1"), new Dictionary<string, string> { ["Authorization"] = "Bearer wgk_test_demo" });
        var json = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", ApiClient.Json(new { api_token = "wgk_test_demo" }));

        unknown.Status.Should().Be(HttpStatusCode.Unauthorized);
        unknown.ErrorCode.Should().Be("unauthorized");
        unknown.Header("Content-Type").Should().StartWith("application/json");
        missing.Status.Should().Be(HttpStatusCode.BadRequest);
        missing.ErrorCode.Should().Be("missing_required_field");
        missing.ErrorField.Should().Be("api_token");
        bearerOnly.ErrorCode.Should().Be("missing_required_field", "the feed authenticates by the form field only");
        json.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_LibreQoS_feed_exports_the_tokens_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var readOnly = await PostFormAsync(api, "api_token=wgk_test_readonly");
        var partnerWithoutTenant = await PostFormAsync(api, "api_token=wgk_test_partner");
        var partner = await PostFormAsync(api, "api_token=wgk_test_partner", Keys.Tenant(server.DemoTokens.SecondTenant));
        var forbidden = await PostFormAsync(api, "api_token=wgk_test_demo", Keys.Tenant(server.DemoTokens.SecondTenant));

        JsonDocument.Parse(readOnly.Body).RootElement.GetArrayLength().Should().Be(2, "reading needs only the read scope");
        partnerWithoutTenant.Status.Should().Be(HttpStatusCode.BadRequest);
        var rows = JsonDocument.Parse(partner.Body).RootElement;
        rows.GetArrayLength().Should().Be(1);
        rows[0].GetProperty("Circuit ID").GetString().Should().Be("svc_000006");
        rows[0].GetProperty("Download Min Mbps").GetInt64().Should().Be(50);
        forbidden.Status.Should().Be(HttpStatusCode.Forbidden);
        forbidden.ErrorCode.Should().Be("tenant_forbidden");
    }

    private static Task<ApiResponse> PostFormAsync(ApiClient api, string form, IReadOnlyDictionary<string, string>? headers = null) =>
        api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", Form(form), headers);

    private static StringContent Form(string form) => new(form, new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
}
