namespace WISPGate.MockServer.Tests.Support;

/// <summary>Notifications: created queued, sent a second later on the server clock; list with filters; get.</summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task A_notification_is_queued_then_sent_on_the_server_clock()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/notifications", new { subscriber_id = "sub_000178", channel = "email", template = "invoice_reminder", variables = new { invoice_number = "INV-000301" } });
        var id = created.DataString("id")!;
        var stillQueued = await api.GetAsync($"/api/v1/notifications/{id}");
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var sent = await api.GetAsync($"/api/v1/notifications/{id}");

        created.Status.Should().Be(HttpStatusCode.Created);
        created.Header("Location").Should().Be($"/api/v1/notifications/{id}");
        created.DataString("status").Should().Be("queued");
        created.DataString("to").Should().Be("maria.garcia@example.com");
        created.Data.GetProperty("variables").GetProperty("invoice_number").GetString().Should().Be("INV-000301");
        created.Data.GetProperty("sent_at").ValueKind.Should().Be(JsonValueKind.Null);
        stillQueued.DataString("status").Should().Be("queued");
        sent.DataString("status").Should().Be("sent");
        sent.DataString("sent_at").Should().Be("2026-04-13T10:21:01Z");
        (await EventLog.TypesAsync(api)).Should().Equal("notification.created", "notification.sent");
    }

    [Theory]
    [InlineData("sub_999999", "email")]
    [InlineData("sub_000181", "sms")]
    [InlineData("sub_000182", "email")]
    public async Task A_subscriber_that_cannot_be_reached_on_the_channel_is_422(string subscriber, string channel)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/notifications", new { subscriber_id = subscriber, channel, template = "outage_notice" });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorField.Should().Be("subscriber_id");
    }

    [Fact]
    public async Task Notifications_are_listed_newest_first_with_filters()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var a = (await api.PostAsync("/api/v1/notifications", new { subscriber_id = "sub_000178", channel = "sms", template = "outage_notice" })).DataString("id");
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        var b = (await api.PostAsync("/api/v1/notifications", new { subscriber_id = "sub_000179", channel = "email", template = "welcome" })).DataString("id");

        (await api.GetAsync("/api/v1/notifications")).Ids.Should().Equal(b, a);
        (await api.GetAsync("/api/v1/notifications?status=queued")).Ids.Should().Equal(b);
        (await api.GetAsync("/api/v1/notifications?status=sent")).Ids.Should().Equal(a);
        (await api.GetAsync("/api/v1/notifications?channel=sms")).Ids.Should().Equal(a);
        (await api.GetAsync("/api/v1/notifications?subscriber_id=sub_000179")).Ids.Should().Equal(b);
        (await api.GetAsync("/api/v1/notifications?created_after=2026-04-13T10:21:03Z")).Ids.Should().Equal(b);
        (await api.GetAsync("/api/v1/notifications?channel=fax")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/notifications/ntf_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
