namespace WISPGate.MockServer.Tests.Support;

/// <summary>Every state change records one event, in order, with a snapshot of the changed resource.</summary>
public sealed class EventTests
{
    [Fact]
    public async Task Each_state_change_records_one_event_in_order()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Eventful", status = "prospect" })).DataString("id");
        await api.PatchAsync($"/api/v1/subscribers/{id}", new { phone = "+15550009999" });
        await api.PostAsync($"/api/v1/subscribers/{id}/activate");
        await api.PostAsync($"/api/v1/subscribers/{id}/suspend", new { reason = "test" });
        await api.PostAsync($"/api/v1/subscribers/{id}/reactivate");
        var service = (await api.PostAsync("/api/v1/services", new { subscriber_id = id, service_package_id = "pkg_000001" })).DataString("id");
        await api.PatchAsync($"/api/v1/services/{service}", new { start_date = "2026-06-01" });
        await api.PostAsync($"/api/v1/subscribers/{id}/activate");

        var events = await api.GetAsync("/api/v1/events?limit=100");

        events.Data.EnumerateArray().Select(e => e.GetProperty("type").GetString()).Reverse().Should().Equal(
            "subscriber.created", "subscriber.updated", "subscriber.activated", "subscriber.suspended", "subscriber.reactivated", "service.created", "service.updated");
        var created = events.Data.EnumerateArray().Last();
        created.GetProperty("id").GetString().Should().StartWith("evt_");
        created.GetProperty("tenant_id").GetString().Should().Be("tenant_demo_001");
        created.GetProperty("data").GetProperty("object").GetProperty("id").GetString().Should().Be(id);
        created.GetProperty("data").GetProperty("object").GetProperty("status").GetString().Should().Be("prospect", "the snapshot is taken at the change");
    }

    [Fact]
    public async Task Events_are_filtered_by_type_fetched_by_id_and_kept_per_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        await api.PostAsync("/api/v1/subscribers/sub_000181/activate");
        await api.DeleteAsync("/api/v1/subscribers/sub_000181");
        var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Gone", status = "prospect" })).DataString("id");
        await api.DeleteAsync($"/api/v1/subscribers/{id}");

        var deleted = await api.GetAsync("/api/v1/events?type=subscriber.deleted,subscriber.activated");
        var one = await api.GetAsync($"/api/v1/events/{deleted.Ids[0]}");
        var otherTenant = await partner.GetAsync("/api/v1/events", Keys.Tenant(server.DemoTokens.SecondTenant));

        deleted.Data.EnumerateArray().Select(e => e.GetProperty("type").GetString()).Should().Equal("subscriber.deleted", "subscriber.activated");
        one.DataString("type").Should().Be("subscriber.deleted");
        otherTenant.Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Failed_requests_record_nothing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        await api.PostAsync("/api/v1/subscribers", new { full_name = "Dup", status = "prospect", external_id = "crm-10001" });
        await api.PostAsync("/api/v1/subscribers/sub_000182/activate");
        await api.PostAsync("/api/v1/subscribers", new { full_name = "Bad", status = "sleeping" });

        (await api.GetAsync("/api/v1/events")).Ids.Should().BeEmpty();
    }
}
