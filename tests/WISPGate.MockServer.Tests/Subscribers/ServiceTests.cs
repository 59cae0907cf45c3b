namespace WISPGate.MockServer.Tests.Subscribers;

/// <summary>Services: create, list with filters, get, update.</summary>
public sealed class ServiceTests
{
    [Fact]
    public async Task A_service_is_created_pending()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/services", new
        {
            subscriber_id = "sub_000179",
            service_package_id = "pkg_000003",
            service_address = new { line1 = "400 Ridge Road", city = "Austin" },
            start_date = "2026-05-01",
            price_override = new { amount = 9999, currency = "USD" },
        });

        created.Status.Should().Be(HttpStatusCode.Created);
        created.DataString("status").Should().Be("pending");
        created.DataString("start_date").Should().Be("2026-05-01");
        created.Data.GetProperty("price_override").GetProperty("amount").GetInt64().Should().Be(9999);
        created.Data.GetProperty("devices").GetArrayLength().Should().Be(0);
        created.Header("Location").Should().Be($"/api/v1/services/{created.DataString("id")}");
        (await api.GetAsync($"/api/v1/services/{created.DataString("id")}")).DataString("subscriber_id").Should().Be("sub_000179");
    }

    [Theory]
    [InlineData("sub_999999", "pkg_000001", "subscriber_id")]
    [InlineData("sub_000183", "pkg_000001", "subscriber_id")]
    [InlineData("sub_000182", "pkg_000001", "subscriber_id")]
    [InlineData("sub_000179", "pkg_999999", "service_package_id")]
    [InlineData("sub_000179", "pkg_000004", "service_package_id")]
    public async Task An_unusable_subscriber_or_package_is_422(string subscriber, string package, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/services", new { subscriber_id = subscriber, service_package_id = package });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be(field);
    }

    [Fact]
    public async Task Services_are_filtered_by_subscriber_status_and_package()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/services?subscriber_id=sub_000178")).Ids.Should().Equal("svc_000001");
        (await api.GetAsync("/api/v1/services?status=active,suspended")).Ids.Should().Equal("svc_000003", "svc_000002", "svc_000001");
        (await api.GetAsync("/api/v1/services?service_package_id=pkg_000001")).Ids.Should().Equal("svc_000005", "svc_000004", "svc_000002");
        (await api.GetAsync("/api/v1/services?status=paused")).ErrorCode.Should().Be("invalid_parameter");
    }

    [Fact]
    public async Task A_service_update_is_a_merge_patch_and_a_terminated_service_is_final()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var updated = await api.PatchAsync("/api/v1/services/svc_000003", """{"price_override": null, "start_date": "2026-03-04"}""");
        var terminated = await api.PatchAsync("/api/v1/services/svc_000005", new { start_date = "2026-01-01" });

        updated.Status.Should().Be(HttpStatusCode.OK);
        updated.Data.TryGetProperty("price_override", out var price).Should().Be(price.ValueKind == JsonValueKind.Null);
        updated.DataString("start_date").Should().Be("2026-03-04");
        updated.DataString("status").Should().Be("suspended");
        terminated.Status.Should().Be(HttpStatusCode.Conflict);
        terminated.ErrorCode.Should().Be("invalid_state_transition");
    }
}
