using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WISPGate.Tests.Support.Waiting;
using Xunit;

namespace WISPGate.Tests.Support.Webhooks;

/// <summary>
/// A real webhook receiver for the tests: a tiny Kestrel app on 127.0.0.1 (a free port) that records every POST —
/// headers and the raw body bytes — and answers with the status its responder picks for the n-th call (1-based).
/// An optional gate holds every answer until the test opens it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly Func<int, int> _statusForCall;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    private WebhookReceiver(WebApplication app, Func<int, int> statusForCall, bool gated)
    {
        _app = app;
        _statusForCall = statusForCall;
        if (!gated)
        {
            _gate.SetResult();
        }
    }

    /// <summary>The URL to register (<c>http://127.0.0.1:&lt;port&gt;/hooks/wispgate</c>).</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>What arrived so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    /// <summary>Starts a receiver; by default every call answers 200.</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<int, int>? statusForCall = null, bool gated = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, statusForCall ?? (_ => 200), gated);
        app.Run(receiver.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks/wispgate";
        return receiver;
    }

    /// <summary>Waits until what arrived satisfies <paramref name="done"/> (polled), or throws after the deadline (30 s by default).</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, CancellationToken cancellationToken, TimeSpan? deadline = null) =>
        Poll.UntilAsync(() => Task.FromResult(Received), done, cancellationToken, deadline);

    /// <summary>Lets held answers go.</summary>
    public void Open() => _gate.TrySetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Open();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var call = Interlocked.Increment(ref _calls);
        var status = _statusForCall(call);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _received.Enqueue(new ReceivedWebhook(call, context.Request.Method, context.Request.Path, headers, buffer.ToArray(), status));
        await _gate.Task.WaitAsync(context.RequestAborted);
        context.Response.StatusCode = status;
    }
}
