using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>Service packages: list with filters, create, get, merge-patch update, archive.</summary>
public sealed class ServicePackageTests
{
    [Fact]
    public async Task Packages_are_listed_newest_first_with_archived_and_text_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/service-packages")).Ids.Should().Equal("pkg_000004", "pkg_000003", "pkg_000002", "pkg_000001");
        (await api.GetAsync("/api/v1/service-packages?archived=false")).Ids.Should().Equal("pkg_000003", "pkg_000002", "pkg_000001");
        (await api.GetAsync("/api/v1/service-packages?archived=true")).Ids.Should().Equal("pkg_000004");
        (await api.GetAsync("/api/v1/service-packages?q=residential")).Ids.Should().Equal("pkg_000002", "pkg_000001");
        (await api.GetAsync("/api/v1/service-packages?archived=maybe")).ErrorCode.Should().Be("invalid_parameter");
    }

    [Fact]
    public async Task A_package_is_created_and_fetched()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/service-packages", new
        {
            name = "Fiber 500/100",
            description = "Symmetric-ish",
            download_kbps = 500000,
            upload_kbps = 100000,
            burst_download_kbps = 600000,
            data_cap_gb = 5000,
            price = new { amount = 9999, currency = "USD" },
            radius_attributes = new Dictionary<string, string> { ["Framed-Pool"] = "fiber" },
        });

        created.Status.Should().Be(HttpStatusCode.Created);
        var id = created.DataString("id")!;
        created.Header("Location").Should().Be($"/api/v1/service-packages/{id}");
        created.Data.GetProperty("archived").GetBoolean().Should().BeFalse();
        var fetched = await api.GetAsync($"/api/v1/service-packages/{id}");
        fetched.Data.GetProperty("burst_download_kbps").GetInt64().Should().Be(600000);
        fetched.Data.GetProperty("price").GetProperty("amount").GetInt64().Should().Be(9999);
        fetched.Data.GetProperty("radius_attributes").GetProperty("Framed-Pool").GetString().Should().Be("fiber");
        (await api.GetAsync("/api/v1/service-packages/pkg_000005")).Status.Should().Be(HttpStatusCode.NotFound, "another tenant's package");
        (await EventLog.TypesAsync(api)).Should().Equal("service_package.created");
    }

    [Theory]
    [InlineData("""{"name":"x","download_kbps":1000,"upload_kbps":1000,"burst_download_kbps":999,"price":{"amount":1,"currency":"USD"}}""", "burst_download_kbps")]
    [InlineData("""{"name":"x","download_kbps":1000,"upload_kbps":1000,"burst_upload_kbps":10,"price":{"amount":1,"currency":"USD"}}""", "burst_upload_kbps")]
    [InlineData("""{"name":"x","download_kbps":0,"upload_kbps":1000,"price":{"amount":1,"currency":"USD"}}""", "download_kbps")]
    public async Task A_burst_below_the_committed_rate_or_a_bad_rate_is_422(string body, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/service-packages", body);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorField.Should().Be(field);
    }

    [Fact]
    public async Task An_update_is_a_merge_patch_with_the_burst_rule()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var updated = await api.PatchAsync("/api/v1/service-packages/pkg_000002", """{"name": "Residential 100/20 Plus", "burst_download_kbps": null, "radius_attributes": {"Framed-Pool": "res"}}""");
        var invalid = await api.PatchAsync("/api/v1/service-packages/pkg_000002", new { download_kbps = 200000, burst_upload_kbps = 1 });

        updated.Status.Should().Be(HttpStatusCode.OK);
        updated.DataString("name").Should().Be("Residential 100/20 Plus");
        updated.Data.TryGetProperty("burst_download_kbps", out var burst).Should().Be(burst.ValueKind == JsonValueKind.Null);
        updated.Data.GetProperty("burst_upload_kbps").GetInt64().Should().Be(25000);
        updated.Data.GetProperty("radius_attributes").EnumerateObject().Select(p => p.Name).Should().Equal("Framed-Pool");
        invalid.ErrorField.Should().Be("burst_upload_kbps");
        (await api.GetAsync("/api/v1/services/svc_000001/aaa")).Data.GetProperty("reply_attributes").GetProperty("Mikrotik-Rate-Limit").GetString()
            .Should().Be("20M/100M 25M/100M", "the account's attributes follow the package");
    }

    [Fact]
    public async Task Archiving_keeps_the_services_but_not_twice_and_not_for_new_services()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var archived = await api.PostAsync("/api/v1/service-packages/pkg_000001/archive");
        var again = await api.PostAsync("/api/v1/service-packages/pkg_000001/archive");
        var newService = await api.PostAsync("/api/v1/services", new { subscriber_id = "sub_000179", service_package_id = "pkg_000001" });

        archived.Status.Should().Be(HttpStatusCode.OK);
        archived.Data.GetProperty("archived").GetBoolean().Should().BeTrue();
        again.Status.Should().Be(HttpStatusCode.Conflict);
        again.ErrorCode.Should().Be("invalid_state_transition");
        newService.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await api.GetAsync("/api/v1/services/svc_000002")).DataString("service_package_id").Should().Be("pkg_000001");
        (await api.PostAsync("/api/v1/service-packages/pkg_999999/archive")).Status.Should().Be(HttpStatusCode.NotFound);
        (await EventLog.TypesAsync(api)).Should().Equal("service_package.archived");
    }
}
