using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WISPGate.MockServer.Tests.Support;
using WISPGate.MockServer.Tests.Webhooks;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>
/// A real provisioning hook for the tests: a tiny Kestrel app on 127.0.0.1 (a free port) that records every POST —
/// headers and the raw body — and answers the n-th call (1-based) with the status and JSON body its responder picks.
/// A call whose answer is <see cref="HookAnswer.Hold"/> gets no answer until the receiver is disposed (a hook that
/// never answers in time); a <see cref="HookAnswer.Gated"/> one is answered when the test calls <see cref="Open"/>.
/// </summary>
public sealed class HookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly Func<int, HookAnswer> _answerForCall;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    private HookReceiver(WebApplication app, Func<int, HookAnswer> answerForCall)
    {
        _app = app;
        _answerForCall = answerForCall;
    }

    /// <summary>The URL to register (<c>http://127.0.0.1:&lt;port&gt;/noc/provisioning</c>).</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>What arrived so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    /// <summary>Starts a hook that answers every call with <paramref name="answer"/>.</summary>
    public static Task<HookReceiver> StartAsync(HookAnswer answer) => StartAsync(_ => answer);

    /// <summary>Starts a hook that answers call <c>n</c> with <c>answerForCall(n)</c>.</summary>
    public static async Task<HookReceiver> StartAsync(Func<int, HookAnswer> answerForCall)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new HookReceiver(app, answerForCall);
        app.Run(receiver.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/noc/provisioning";
        return receiver;
    }

    /// <summary>Waits (polling, with a deadline) until at least <paramref name="count"/> calls arrived.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> CallsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (_received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        _received.Count.Should().BeGreaterThanOrEqualTo(count, "the hook calls arrive within the deadline");
        return Received;
    }

    /// <summary>Lets the gated answers go.</summary>
    public void Open() => _gate.TrySetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Open();
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var call = Interlocked.Increment(ref _calls);
        var answer = _answerForCall(call);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _received.Enqueue(new ReceivedWebhook(call, context.Request.Method, context.Request.Path, headers, buffer.ToArray(), answer.Status));
        if (answer.Held)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (answer.Gated)
        {
            await _gate.Task.WaitAsync(context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Body is { } body)
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted);
        }
    }
}

/// <summary>How the test hook answers one call.</summary>
public sealed record HookAnswer(int Status, string? Body, bool Held = false, bool Gated = false)
{
    /// <summary><c>200 {"status":"acked"}</c>.</summary>
    public static HookAnswer Acked { get; } = new(200, """{"status":"acked"}""");

    /// <summary><c>202</c>: the hook answers later through the API.</summary>
    public static HookAnswer Deferred { get; } = new(202, """{"accepted":true}""");

    /// <summary>No answer until the receiver stops.</summary>
    public static HookAnswer Hold { get; } = new(0, null, Held: true);

    /// <summary><c>200 {"status":"nak",…}</c>.</summary>
    public static HookAnswer Nak(int errorCause, string message) =>
        new(200, JsonSerializer.Serialize(new Dictionary<string, object> { ["status"] = "nak", ["error_cause"] = errorCause, ["error_message"] = message }));

    /// <summary>A bare status (500, 503, …).</summary>
    public static HookAnswer Bare(int status) => new(status, null);
}
