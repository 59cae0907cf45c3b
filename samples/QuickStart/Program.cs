using WISPGate.MockServer;
using WISPGate.Sdk;
using WISPGate.Samples.QuickStart;

// With WISPGATE_BASE_URL and WISPGATE_API_TOKEN set, the journey runs against that server;
// otherwise against the reference mock server, started here in process on a free port.
var baseUrl = Environment.GetEnvironmentVariable("WISPGATE_BASE_URL");
var token = Environment.GetEnvironmentVariable("WISPGATE_API_TOKEN");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

WispGateMockServer? mockServer = null;
if (string.IsNullOrWhiteSpace(baseUrl) || string.IsNullOrWhiteSpace(token))
{
    mockServer = await WispGateMockServer.StartAsync(cancellationToken: cancellation.Token);
    baseUrl = mockServer.BaseUrl;
    token = mockServer.DemoTokens.ReadWrite;
    Console.WriteLine($"Started the WISPGate mock server at {baseUrl} (demo token {token}).");
}
else
{
    Console.WriteLine($"Using the WISPGate server at {baseUrl}.");
}

try
{
    using var client = WispGateClient.Create(new WispGateClientOptions
    {
        BaseUrl = new Uri(baseUrl),
        ApiToken = token,
        TenantId = Environment.GetEnvironmentVariable("WISPGATE_TENANT_ID"),
    });
    return await new Journey(client, Console.Out).RunAsync(cancellation.Token);
}
finally
{
    if (mockServer is not null)
    {
        await mockServer.DisposeAsync();
    }
}
