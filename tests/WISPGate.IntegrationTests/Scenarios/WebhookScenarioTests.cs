using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>Webhooks end to end: an endpoint on a real receiver, a state change, a signed delivery the SDK's verifier accepts and types.</summary>
public sealed class WebhookScenarioTests
{
    [Fact]
    public async Task A_state_change_is_delivered_signed_and_the_SDK_verifies_and_types_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var quickRetries = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { RetryDelays = [TimeSpan.FromMilliseconds(20)] } };
        await using var harness = await SdkAgainstMock.StartAsync(serverOptions: quickRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = harness.Client;

        var endpoint = (await client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = receiver.Url, Events = ["subscriber.created", "subscriber.activated"] }, cancellationToken: ct)).Data;
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-hook-1", FullName = "Hooked", Status = SubscriberStatus.Prospect }, cancellationToken: ct)).Data;
        await client.Subscribers.ActivateAsync(subscriber.Id, cancellationToken: ct);

        var received = await receiver.WaitForAsync(r => r.Count >= 2, ct);

        var verifier = new WebhookSignatureVerifier(new WebhookVerifierOptions { TimeProvider = harness.Server.Clock });
        var events = received.Select(r => verifier.ConstructEvent(r.Text, r.Signature, endpoint.Secret!)).ToList();
        events.Select(e => e.Type).Should().Equal("subscriber.created", "subscriber.activated");
        events.Should().OnlyContain(e => e.TenantId == "tenant_demo_001");
        var tampered = () => verifier.ConstructEvent(received[0].Text.Replace("Hooked", "Hacked", StringComparison.Ordinal), received[0].Signature, endpoint.Secret!);
        tampered.Should().Throw<WebhookSignatureException>();

        var deliveries = await Poll.UntilAsync(
            async () => (await client.WebhookEndpoints.ListDeliveriesAsync(endpoint.Id, cancellationToken: ct)).Items,
            items => items.Count >= 2,
            ct);
        deliveries.Should().OnlyContain(d => d.Status == WebhookDeliveryStatus.Succeeded && d.StatusCode == 200);
        deliveries.Select(d => d.EventId).Should().BeEquivalentTo(events.Select(e => e.Id));
    }

    [Fact]
    public async Task After_the_test_clock_moved_31_days_a_delivery_still_verifies_with_the_default_verifier()
    {
        var ct = TestContext.Current.CancellationToken;
        var quickRetries = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { RetryDelays = [TimeSpan.FromMilliseconds(20)] } };
        await using var harness = await SdkAgainstMock.StartAsync(serverOptions: quickRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = harness.Client;
        var endpoint = (await client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = receiver.Url, Events = ["subscriber.created"] }, cancellationToken: ct)).Data;

        harness.Server.Clock.Advance(TimeSpan.FromDays(31));
        await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-hook-31", FullName = "Time Traveller", Status = SubscriberStatus.Prospect }, cancellationToken: ct);
        var received = (await receiver.WaitForAsync(r => r.Count >= 1, ct))[0];

        // The SDK's default verifier: the system clock, 300 s tolerance. The signature carries the real time of sending.
        var evt = new WebhookSignatureVerifier().ConstructEvent(received.Text, received.Signature, endpoint.Secret!);
        evt.Type.Should().Be("subscriber.created");
        evt.CreatedAt.Should().BeAfter(DateTimeOffset.UtcNow.AddDays(30), "the event itself keeps the simulated business time");
    }
}
