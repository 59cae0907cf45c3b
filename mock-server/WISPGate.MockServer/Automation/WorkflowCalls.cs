using System.Collections.Concurrent;
using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Webhooks;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// The call_webhook action: a signed POST of the triggering event, exactly like a webhook delivery (same body, same
/// <c>X-WISPGate-Signature</c>, with the workflow's secret) plus <c>X-WISPGate-Workflow-Run</c>, sent in the background
/// so that no tenant lock is held while the receiver answers. Any 2xx within <see cref="Timeout"/> succeeds the step;
/// anything else fails it with <c>webhook_call_failed</c> (not retried). The outbound URL rules apply before every call.
/// </summary>
internal sealed class WorkflowCalls
{
    /// <summary>How long the receiver has to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly DomainHost _host;
    private readonly WorkflowEngine _engine;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly SignedSender _sender;

    /// <summary>Creates the caller of one server.</summary>
    public WorkflowCalls(DomainHost host, WorkflowEngine engine)
    {
        _host = host;
        _engine = engine;
        _sender = new SignedSender(host.Clock, "WISPGate-Workflows");
    }

    /// <summary>Starts the call of a run's step (under the tenant's lock; the call itself runs outside it).</summary>
    public void Start(TenantScope scope, WorkflowRun run, int index, string url)
    {
        var state = scope.State;
        var tenant = scope.Tenant;
        var secret = scope.Collection<Workflow>().Find(run.WorkflowId)?.SigningSecret ?? string.Empty;
        var body = scope.Collection<DomainEvent>().Find(run.EventId) is { } recorded ? JsonSerializer.SerializeToUtf8Bytes(recorded, WireJson.Options) : "{}"u8.ToArray();
        var problem = OutboundUrl.Problem(url) ?? (secret.Length == 0 ? "The workflow has no signing secret (a seeded workflow): re-create it to call webhooks." : null);
        var call = Task.Run(async () =>
        {
            var error = problem ?? await SendAsync(url, secret, body, run.Id);
            Answer(state, tenant, run.Id, index, error);
        });
        _running.TryAdd(call, true);
        _ = call.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    /// <summary>Stops the calls in flight (a server stop hook).</summary>
    public async ValueTask StopAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_running.Keys);
        _sender.Dispose();
        _stopping.Dispose();
    }

    private void Answer(MockState state, TenantData tenant, string runId, int index, string? error)
    {
        try
        {
            if (!ReferenceEquals(_host.State, state) || _stopping.IsCancellationRequested)
            {
                return;
            }

            var scope = new TenantScope(state, tenant, _host.Clock);
            lock (tenant.Gate)
            {
                _engine.CallAnswered(scope, runId, index, error is null ? null : new ApiError(ErrorCodes.WebhookCallFailed, error));
            }

            _host.Publish(scope.RecordedEvents);
        }
#pragma warning disable CA1031 // A background call must not take the process down.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task<string?> SendAsync(string url, string secret, byte[] body, string runId)
    {
        var answer = await _sender.PostAsync(url, [secret], body, Timeout, maxAnswerBytes: 0, _stopping.Token, new Dictionary<string, string> { [WireHeaders.WorkflowRun] = runId });
        return answer.Error ?? (answer.StatusCode is >= 200 and < 300 ? null : $"The receiver answered {answer.StatusCode} (a 2xx is needed).");
    }
}
