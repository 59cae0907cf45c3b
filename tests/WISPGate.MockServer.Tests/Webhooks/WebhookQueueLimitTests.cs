using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Webhooks;

/// <summary>
/// The queue of first delivery attempts is bounded (<see cref="WebhookDeliveryOptions.MaxQueuedDeliveries"/>): when a
/// receiver hangs under traffic, the oldest waiting deliveries are dropped and recorded as failed attempts, never lost
/// silently and never kept without end.
/// </summary>
public sealed class WebhookQueueLimitTests
{
    [Fact]
    public async Task A_full_delivery_queue_drops_the_oldest_waiting_deliveries_and_records_them_as_failed()
    {
        var options = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { MaxQueuedDeliveries = 2, RetryDelays = [], Timeout = TimeSpan.FromSeconds(30) } };
        await using var server = await MockServers.StartAsync(options);
        await using var receiver = await WebhookReceiver.StartAsync(gated: true);
        using var api = new ApiClient(server);
        var endpoint = (await api.PostAsync("/api/v1/webhook-endpoints", new { url = receiver.Url, events = new[] { "*" } })).DataString("id");

        for (var i = 0; i < 6; i++)
        {
            (await api.PostAsync("/api/v1/tickets", new { subject = $"while the receiver hangs {i}", description = "d" })).Status.Should().Be(HttpStatusCode.Created);
        }

        // Six events, at most one attempt held by the receiver and two waiting: at least three were pushed out.
        var dropped = await EventLog.EventuallyAsync(
            async () => (await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries?status=failed&limit=100")).Data.EnumerateArray().ToList(),
            list => list.Count >= 3,
            "the dropped deliveries");
        receiver.Open();

        dropped.Should().AllSatisfy(d => d.GetProperty("error").GetString().Should().StartWith("Not sent: more than 2 deliveries were waiting"));
        dropped.Select(d => d.GetProperty("event_id").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_queue_limit_below_one_is_refused_at_start()
    {
        var start = () => MockServers.StartAsync(new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { MaxQueuedDeliveries = 0 } });

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("*MaxQueuedDeliveries*");
    }
}
