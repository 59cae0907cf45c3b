namespace WISPGate.MockServer.Tests.Support;

/// <summary>The event log across domains: one event per state change, in order, with filters and cursor pagination.</summary>
public sealed class EventStreamTests
{
    [Fact]
    public async Task Every_state_change_of_every_domain_records_one_event_in_order()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var network = TimeSpan.FromSeconds(2);

        var subscriber = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Eve Stream", email = "eve@example.com", status = "prospect" })).DataString("id");
        await api.PostAsync($"/api/v1/subscribers/{subscriber}/activate");
        var device = (await api.PostAsync("/api/v1/devices", new { serial = "EVT-1", mac = "AA:BB:CC:DD:00:01" })).DataString("id");
        var service = (await api.PostAsync("/api/v1/services", new { subscriber_id = subscriber, service_package_id = "pkg_000001" })).DataString("id");
        await api.PostAsync($"/api/v1/services/{service}/devices", new { device_id = device });
        var activation = (await api.PostAsync($"/api/v1/services/{service}/activate")).DataString("id");
        server.Clock.Advance(network);
        var ticket = (await api.PostAsync("/api/v1/tickets", new { subject = "Hello", description = "World", subscriber_id = subscriber })).DataString("id");
        await api.PostAsync($"/api/v1/tickets/{ticket}/comments", new { author = "noc", body = "Looking" });
        await api.PatchAsync($"/api/v1/tickets/{ticket}", new { status = "open" });
        var notification = (await api.PostAsync("/api/v1/notifications", new { subscriber_id = subscriber, channel = "email", template = "welcome" })).DataString("id");
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var suspension = (await api.PostAsync($"/api/v1/services/{service}/suspend")).DataString("id");
        server.Clock.Advance(network);
        var package = (await api.PostAsync("/api/v1/service-packages", new { name = "Eve 1G", download_kbps = 1000000, upload_kbps = 500000, price = new { amount = 19999, currency = "USD" } })).DataString("id");
        var packageChange = (await api.PostAsync($"/api/v1/services/{service}/change-package", new { service_package_id = package })).DataString("id");
        server.Clock.Advance(network);
        var session = (await api.GetAsync($"/api/v1/sessions?service_id={service}")).Ids.Should().ContainSingle("the activation opened one session").Subject;

        var events = await EventLog.EventsAsync(api);

        events.Select(e => e.GetProperty("type").GetString()).Should().Equal(
            "subscriber.created", "subscriber.activated",
            "device.created", "service.created", "device.updated", "service.updated",
            "service.activated", "session.started", "provisioning_job.completed",
            "ticket.created", "ticket.commented", "ticket.updated",
            "notification.created", "notification.sent",
            "service.suspended", "session.disconnected", "provisioning_job.completed",
            "service_package.created", "service.package_changed", "provisioning_job.completed");
        events.Select(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString()).Should().Equal(
            subscriber, subscriber, device, service, device, service, service, session,
            activation, ticket, ticket, ticket, notification, notification, service, session,
            suspension, package, service, packageChange);
        events.Select(e => e.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        events.Select(e => DateTimeOffset.Parse(e.GetProperty("created_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
        events.Should().OnlyContain(e => e.GetProperty("tenant_id").GetString() == "tenant_demo_001");
    }

    [Fact]
    public async Task Events_page_by_cursor_without_gaps_and_filter_by_type_and_time()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        for (var i = 0; i < 7; i++)
        {
            await api.PostAsync("/api/v1/tickets", new { subject = $"t{i}", description = "d" });
            server.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await api.PostAsync("/api/v1/devices", new { serial = "PAGE-1", mac = "AA:BB:CC:DD:00:09" });
        var all = (await EventLog.EventsAsync(api)).Select(e => e.GetProperty("id").GetString()).Reverse().ToList();

        var walked = new List<string>();
        string? cursor = null;
        do
        {
            var page = await api.GetAsync("/api/v1/events?limit=3" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            walked.AddRange(page.Ids);
            cursor = page.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        walked.Should().Equal(all);
        all.Should().HaveCount(8);
        (await api.GetAsync("/api/v1/events?type=device.created")).Ids.Should().Equal(all[0]);
        (await api.GetAsync("/api/v1/events?type=ticket.created&created_after=2026-04-13T10:26:00Z")).Ids.Should().Equal(all[1], all[2]);
        (await api.GetAsync("/api/v1/events?type=no.such")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/events?cursor=bogus")).ErrorCode.Should().Be("invalid_cursor");
        (await api.GetAsync($"/api/v1/events/{all[0]}")).DataString("type").Should().Be("device.created");
        (await api.GetAsync("/api/v1/events/evt_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
