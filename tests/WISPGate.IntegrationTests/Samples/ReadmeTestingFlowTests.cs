using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Samples;

#pragma warning disable xUnit1051 // The README's snippets as written: they take no test cancellation token.

/// <summary>
/// README's "Testing your app with the mock server" flow (mock server → SDK → fault → request log → clock → webhook) and
/// the short forms of "Calling each area" and "Paging", and docs/sdk-guide.md's "A webhook receiver that restarts", as
/// written, against the in-process mock server (listed in <c>Docs/DocSnippetTests</c>).
/// </summary>
public sealed class ReadmeTestingFlowTests
{
    [Fact]
    public async Task The_testing_flow_runs_as_the_readme_shows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var inner = await WebhookReceiver.StartAsync();
        var receiver = new Receiver(inner, ct);

        // --- README "The whole flow" (verbatim) ---
        await using var server = await WispGateMockServer.StartAsync();
        using var client = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(server.BaseUrl, server.DemoTokens.ReadWrite));
        WebhookEndpoint hook = await client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = receiver.Url, Events = ["subscriber.activated"] });

        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", Status = 503 });   // the next create fails once
        Subscriber jane = await client.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect });

        IReadOnlyList<ReceivedRequest> creates = server.Requests.ForOperation("createSubscriber");
        // → two entries: 503 then 201, one idempotency key for both (the SDK's retry), Replayed false

        server.Clock.Advance(TimeSpan.FromDays(31));                         // a month later in business time
        await client.Subscribers.ActivateAsync(jane.Id);                      // → subscriber.activated is delivered

        var delivery = await receiver.NextAsync();                            // raw body and X-WISPGate-Signature
        Event activated = new WebhookSignatureVerifier().ConstructEvent(delivery.Body, delivery.Signature, hook.Secret!);
        // activated.CreatedAt is 31 days ahead (simulated); the signature carries the real time of sending
        // --- end ---

        creates.Select(r => r.Status).Should().Equal(503, 201);
        creates.Select(r => r.IdempotencyKey).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
        creates.Should().OnlyContain(r => !r.Replayed);
        activated.Type.Should().Be("subscriber.activated");
        activated.Data.Object.Should().BeOfType<Subscriber>().Which.Id.Should().Be(jane.Id);
        activated.CreatedAt.Should().BeAfter(DateTimeOffset.UtcNow.AddDays(30));
    }

    [Fact]
    public async Task The_short_forms_of_calling_paging_and_restarting_receivers_run_as_the_readme_shows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WispGateMockServer.StartAsync(cancellationToken: ct);
        using var wispGate = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(server.BaseUrl, server.DemoTokens.ReadWrite));
        var seen = new List<string>();
        var pages = new List<string?>();

        // README "Calling each area"
        Subscriber subscriber = await wispGate.Subscribers.GetAsync("sub_000178");            // the data
        var response = await wispGate.Subscribers.GetAsync("sub_000178");                      // the data and the call
        Console.WriteLine($"{response.Data.FullName} (request {response.RequestId})");

        foreach (Subscriber s in await wispGate.Subscribers.ListAsync(new SubscriberListOptions { Limit = 10 })) { seen.Add(s.Id); }

        var traced = new RequestOptions { Headers = new Dictionary<string, string> { ["X-Request-ID"] = "crm-7781" } };
        var tracedResponse = await wispGate.Subscribers.GetAsync("sub_000178", traced);      // your id in the API's logs

        // README "Paging"
        await foreach (Page<Subscriber> each in wispGate.Subscribers.ListAllAsync(new SubscriberListOptions { Limit = 2 }).AsPages(ct))
        {
            Console.WriteLine($"{each.Items.Count} subscribers (request {each.RequestId})");
            pages.Add(each.RequestId);
        }

        // docs/sdk-guide.md "A webhook receiver that restarts" (run twice: the second start reuses the endpoint and, having
        // no stored secret, rotates it)
        for (var start = 0; start < 2; start++)
        {
            string? configuredSecret = null;
            const string hookUrl = "https://crm.example.net/hooks/wispgate";
            WebhookEndpoint? existing = null;
            await foreach (var e in wispGate.WebhookEndpoints.ListAllAsync()) { if (e.Url == hookUrl) { existing = e; break; } }
            if (existing is null)
            {
                WebhookEndpoint created = await wispGate.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest { Url = hookUrl, Events = [WebhookEndpoint.AllEvents] });
                // store created.Id and created.Secret in your configuration now: the secret is shown only here
                created.Secret.Should().StartWith("whsec_");
            }
            else if (string.IsNullOrEmpty(configuredSecret))
            {
                WebhookEndpoint rotated = await wispGate.WebhookEndpoints.RotateSecretAsync(existing.Id);
                // store rotated.Secret; deliveries are signed with the old and the new secret until rotated.PreviousSecretExpiresAt
                rotated.Secret.Should().StartWith("whsec_");
                rotated.PreviousSecretExpiresAt.Should().NotBeNull();
            }
        }

        subscriber.Id.Should().Be("sub_000178");
        seen.Should().HaveCount(5, "the demo tenant has five subscribers");
        tracedResponse.RequestId.Should().Be("crm-7781", "the mock server echoes a valid X-Request-ID");
        pages.Should().HaveCount(3).And.OnlyHaveUniqueItems().And.NotContainNulls();
        server.Requests.ForOperation("createWebhookEndpoint").Should().ContainSingle("the second start reused the endpoint");
        server.Requests.ForOperation("rotateWebhookEndpointSecret").Should().ContainSingle("the second start had no secret and rotated it");
    }

    /// <summary>The README's <c>receiver</c>: its URL, and the next delivery with its raw body and signature.</summary>
    private sealed class Receiver(WebhookReceiver inner, CancellationToken ct)
    {
        private int _taken;

        public string Url => inner.Url;

        public async Task<(string Body, string? Signature)> NextAsync()
        {
            var index = _taken++;
            var received = await inner.WaitForAsync(all => all.Count > index, ct);
            return (received[index].Text, received[index].Signature);
        }
    }
}
