using System.Collections.Concurrent;
using WISPGate.MockServer;
using WISPGate.Sdk.AspNetCore.Tests.Infrastructure;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.AspNetCore.Tests;

/// <summary>
/// End to end: the real mock server (in process) delivers signed events over HTTP to <c>MapWispGateWebhooks</c> in a
/// Kestrel app; the typed handler receives them, a re-delivery of the same event is acknowledged without running it again,
/// and after a secret rotation the receiver that knows only the new secret keeps receiving.
/// </summary>
public sealed class MockServerDeliveryTests
{
    [Fact]
    public async Task The_mock_server_delivers_to_the_endpoint_the_handler_receives_once_and_a_rotation_keeps_deliveries_flowing()
    {
        var ct = TestContext.Current.CancellationToken;
        var quickRetries = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { RetryDelays = [TimeSpan.FromMilliseconds(20)] } };
        await using var server = await WispGateMockServer.StartAsync(quickRetries, ct);
        using var client = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(server.BaseUrl, server.DemoTokens.ReadWrite));

        var received = new ConcurrentQueue<(string EventId, Subscriber Subscriber)>();
        var arrived = new SemaphoreSlim(0);
        // Signatures carry the real time of sending: the endpoint uses the system clock here.
        await using var app = await WebhookApp.StartAsync(
            handlers: h => h.OnSubscriberCreated((e, subscriber, _) =>
            {
                received.Enqueue((e.Id, subscriber));
                arrived.Release();
                return Task.CompletedTask;
            }),
            settings: new Dictionary<string, string?> { ["WispGateWebhooks:AllowNoSigningSecret"] = "true" });

        // The secret is shown once, at creation: the receiver stores it in its configuration.
        var endpoint = (await client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = app.Url.ToString(), Events = ["subscriber.created"] }, cancellationToken: ct)).Data;
        app.Configuration["WispGateWebhooks:SigningSecrets:0"] = endpoint.Secret;
        app.Configuration.Reload();

        var ada = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-aspnet-1", FullName = "Ada Endpoint", Status = SubscriberStatus.Prospect }, cancellationToken: ct)).Data;
        (await arrived.WaitAsync(TimeSpan.FromMinutes(1), ct)).Should().BeTrue("the mock server delivers the event");
        received.Should().ContainSingle().Which.Subscriber.Should().Match<Subscriber>(s => s.Id == ada.Id && s.FullName == "Ada Endpoint");
        var eventId = received.Single().EventId;

        var delivery = await PollAsync(
            async () => (await client.WebhookEndpoints.ListDeliveriesAsync(endpoint.Id, new WebhookDeliveryListOptions { EventId = eventId }, cancellationToken: ct)).Items,
            items => items.Count > 0,
            ct);
        delivery.Should().ContainSingle().Which.Should().Match<WebhookDelivery>(d => d.Status == WebhookDeliveryStatus.Succeeded && d.StatusCode == 200);

        // WISPGate delivers the same event again: acknowledged, not handled twice.
        var redelivered = (await client.WebhookEndpoints.RetryDeliveryAsync(delivery[0].Id, cancellationToken: ct)).Data;
        redelivered.StatusCode.Should().Be(200);
        redelivered.EventId.Should().Be(eventId);
        received.Should().ContainSingle("the re-delivered event was handled before");

        // Rotation: deliveries now carry two v1= signatures; the receiver switches to the new secret alone.
        var rotated = (await client.WebhookEndpoints.RotateSecretAsync(endpoint.Id, cancellationToken: ct)).Data;
        app.Configuration["WispGateWebhooks:SigningSecrets:0"] = rotated.Secret;
        app.Configuration.Reload();
        await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-aspnet-2", FullName = "Grace Rotated", Status = SubscriberStatus.Prospect }, cancellationToken: ct);
        (await arrived.WaitAsync(TimeSpan.FromMinutes(1), ct)).Should().BeTrue("the delivery signed with both secrets verifies with the new one");
        received.Select(r => r.Subscriber.FullName).Should().Equal("Ada Endpoint", "Grace Rotated");
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }
}
