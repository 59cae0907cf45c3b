using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Webhooks;

// The SDK as README shows it, compiled ahead of time: options, WispGateClient.Create and AddWispGate, a create with
// an automatic idempotency key, ListAllAsync, a typed error and webhook verification. Usage: NativeAot <base url> <token>.
if (args.Length != 2 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUrl))
{
    Console.Error.WriteLine("usage: NativeAot <base url> <api token>");
    return 2;
}

var options = new WispGateClientOptions { BaseUrl = baseUrl, ApiToken = args[1] };
var externalId = $"aot-{Guid.NewGuid():N}";

// 1. The client without DI: create (the SDK adds the idempotency key), then a duplicate as a typed error.
using (var client = WispGateClient.Create(options))
{
    var created = await client.Subscribers.CreateAsync(new CreateSubscriberRequest
    {
        ExternalId = externalId,
        FullName = "Ada Native",
        Email = "ada.native@example.com",
        Status = SubscriberStatus.Prospect,
        BillingProfileId = "bp_001",
    });
    Console.WriteLine($"created {created.Data.Id} {created.Data.FullName} status {created.Data.Status}");

    try
    {
        await client.Subscribers.CreateAsync(new CreateSubscriberRequest { ExternalId = externalId, FullName = "Ada Again", Email = "ada.again@example.com", Status = SubscriberStatus.Prospect });
        Console.WriteLine("duplicate: not refused");
        return 1;
    }
    catch (WispGateConflictException conflict)
    {
        Console.WriteLine($"duplicate refused: {(int)conflict.StatusCode} {conflict.Code}");
    }
}

// 2. The client from DI (AddWispGate): every subscriber, page by page.
var services = new ServiceCollection();
services.AddWispGate(configure => { configure.BaseUrl = options.BaseUrl; configure.ApiToken = options.ApiToken; });
await using (var provider = services.BuildServiceProvider())
{
    var client = provider.GetRequiredService<IWispGateClient>();
    var count = 0;
    await foreach (var subscriber in client.Subscribers.ListAllAsync(new SubscriberListOptions { Limit = 2 }))
    {
        count++;
    }

    Console.WriteLine($"listed {count} subscribers");
}

// 3. A webhook delivery verified and typed, with a secret and body as the server would send them.
const string secret = "whsec_0123456789abcdef0123456789abcdef";
var body = """{"id":"evt_aot","type":"subscriber.created","created_at":"2026-12-03T12:00:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"sub_aot","external_id":"EXTERNAL_ID","full_name":"Ada Native","email":"ada.native@example.com","status":"prospect","created_at":"2026-12-03T12:00:00Z"}}}""".Replace("EXTERNAL_ID", externalId, StringComparison.Ordinal);
var header = WebhookSignature.ComputeHeader(Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow, secret);
var webhookEvent = new WebhookSignatureVerifier().ConstructEvent(body, header, secret);
Console.WriteLine($"webhook verified: {webhookEvent.Type} {webhookEvent.Id}");

try
{
    new WebhookSignatureVerifier().ConstructEvent(body, header, "whsec_ffffffffffffffffffffffffffffffff");
    Console.WriteLine("forged webhook: not refused");
    return 1;
}
catch (WebhookSignatureException)
{
    Console.WriteLine("forged webhook refused");
}

return 0;
