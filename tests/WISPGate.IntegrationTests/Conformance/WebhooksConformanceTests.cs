using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every webhook endpoint operation through the SDK, with typed results, against a real receiver.</summary>
public sealed class WebhooksConformanceTests
{
    [Fact]
    public async Task Every_webhook_endpoint_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;
        await using var receiver = await WebhookReceiver.StartAsync();

        var endpoint = await client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = receiver.Url, Description = "walk", Events = ["ticket.created"] }, cancellationToken: ct);
        endpoint.StatusCode.Should().Be(HttpStatusCode.Created);
        endpoint.Data.Secret.Should().NotBeNullOrEmpty("the secret is shown once, at creation");
        endpoint.Data.Enabled.Should().BeTrue();
        endpoint.Data.Events.Should().Equal("ticket.created");

        var fetched = await client.WebhookEndpoints.GetAsync(endpoint.Data.Id, cancellationToken: ct);
        fetched.Data.Url.Should().Be(receiver.Url);
        (await client.WebhookEndpoints.ListAsync(cancellationToken: ct)).Items.Should().Contain(e => e.Id == endpoint.Data.Id);

        var ping = await client.WebhookEndpoints.TestAsync(endpoint.Data.Id, cancellationToken: ct);
        ping.Data.WebhookEndpointId.Should().Be(endpoint.Data.Id);
        var deliveries = await client.WebhookEndpoints.ListDeliveriesAsync(endpoint.Data.Id, cancellationToken: ct);
        deliveries.Items.Should().Contain(d => d.Id == ping.Data.Id, "the ping is a delivery of the endpoint")
            .And.OnlyContain(d => d.WebhookEndpointId == endpoint.Data.Id);

        (await client.WebhookEndpoints.DeleteAsync(endpoint.Data.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.WebhookEndpoints.ListAsync(cancellationToken: ct)).Items.Should().NotContain(e => e.Id == endpoint.Data.Id);
    }
}
