using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace WISPGate.IntegrationTests.Infrastructure;

/// <summary>A real HTTP receiver on 127.0.0.1 (a WireMock.Net server) that answers 200 to every webhook and keeps what arrived.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly WireMockServer _server;

    public WebhookReceiver()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _server.Given(Request.Create().WithPath("/hooks").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
    }

    /// <summary>The URL to register as a webhook endpoint.</summary>
    public string Url => _server.Url!.TrimEnd('/') + "/hooks";

    /// <summary>The raw bodies and signature headers received so far, in arrival order.</summary>
    public IReadOnlyList<(string Body, string? Signature)> Received => _server.LogEntries
        .Select(entry => entry.RequestMessage)
        .Where(request => request?.Path == "/hooks")
        .Select(request => request!)
        .OrderBy(request => request.DateTime)
        .Select(request => (request.Body ?? string.Empty,
            request.Headers is { } headers && headers.TryGetValue("X-WISPGate-Signature", out var values) ? values.ToString() : null))
        .ToList();

    /// <summary>Polls (generous deadline) until <paramref name="done"/> holds for what arrived.</summary>
    public Task<IReadOnlyList<(string Body, string? Signature)>> WaitForAsync(Func<IReadOnlyList<(string Body, string? Signature)>, bool> done, CancellationToken ct) =>
        Poll.UntilAsync(() => Task.FromResult(Received), done, ct);

    public void Dispose() => _server.Stop();
}
