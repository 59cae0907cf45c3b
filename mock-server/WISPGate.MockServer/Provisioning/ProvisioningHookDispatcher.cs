using System.Globalization;
using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// Calls provisioning hooks, in the background, with the webhooks' outbound machinery (<see cref="OutboundQueue{T}"/>,
/// <see cref="SignedSender"/>): every job created for a hook (<see cref="ProvisioningJobs.Enqueue"/>) is POSTed to it as
/// a <see cref="ProvisioningHookCall"/> signed with the hook's secret; one worker makes the first calls in job order.
/// Each call makes the job <c>sent</c> and counts an attempt. The answer decides: <c>200 {"status":"acked"}</c> → acked
/// (with the network effects), <c>200 {"status":"nak",…}</c> → nak, <c>202</c> → the job stays <c>sent</c> until
/// ackProvisioningJob / nakProvisioningJob. Anything else (no answer in time, a connection error, another status, a 200
/// without a valid answer) is retried after <see cref="ProvisioningHookOptions.RetryDelays"/>; after the last attempt the
/// job is <c>failed</c> with Error-Cause 506 (Resources-Unavailable) and what went wrong. A hook deleted, disabled or no
/// longer covering the action before a call fails the job; a job answered meanwhile through the API is left as it is;
/// work of a state replaced by a reset is dropped. Nothing here blocks or fails the API call that created the job.
/// </summary>
internal sealed class ProvisioningHookDispatcher
{
    /// <summary>The <see cref="WorkRequest.Kind"/> of a job to send to its hook.</summary>
    public const string WorkKind = "provisioning_hook_call";

    /// <summary>RFC 5176 Error-Cause 506 (Resources-Unavailable): the job of a hook that never answered.</summary>
    public const int ResourcesUnavailable = 506;

    private const int MaxAnswerBytes = 64 * 1024;
    private const int MaxMessageLength = 500;

    private readonly DomainHost _host;
    private readonly OutboundQueue<HookCall> _queue;
    private readonly SignedSender _sender;

    /// <summary>Creates the dispatcher of one server (its worker starts with the first call).</summary>
    public ProvisioningHookDispatcher(DomainHost host)
    {
        _host = host;
        _queue = new OutboundQueue<HookCall>(host.Options.ProvisioningHooks.MaxQueuedCalls, host.Options.ProvisioningHooks.RetryDelays, AttemptAsync, Dropped);
        _sender = new SignedSender(host.Clock, "WISPGate-ProvisioningHooks");
    }

    private ProvisioningHookOptions Options => _host.Options.ProvisioningHooks;

    /// <summary>Queues the call of a new hook job (a work observer).</summary>
    public void Enqueue(WorkRequest work) => _queue.Enqueue(new HookCall(work.State, work.Tenant, work.Id));

    /// <summary>Stops the worker and the retries waiting for their turn (a server stop hook).</summary>
    public async ValueTask StopAsync()
    {
        await _queue.StopAsync();
        _sender.Dispose();
    }

    // One call of a job to its hook; true when another attempt is wanted.
    private async Task<bool> AttemptAsync(HookCall call, int attempt, CancellationToken stopping)
    {
        var prepared = Locked(call, scope => Prepare(scope, call.JobId));
        if (prepared is null)
        {
            return false;
        }

        var answer = await _sender.PostAsync(prepared.Url, [prepared.Secret], prepared.Body, Options.Timeout, MaxAnswerBytes, stopping);
        if (stopping.IsCancellationRequested)
        {
            return false;
        }

        var outcome = Interpret(answer);
        return Locked(call, scope => Conclude(scope, call.JobId, outcome, attempt));
    }

    // Runs a change on the call's tenant (while its state is current) and announces what it recorded.
    private T? Locked<T>(HookCall call, Func<TenantScope, T?> change)
    {
        if (!ReferenceEquals(_host.State, call.State))
        {
            return default;
        }

        var scope = new TenantScope(call.State, call.Tenant, _host.Clock);
        T? result;
        lock (call.Tenant.Gate)
        {
            result = change(scope);
        }

        _host.Publish(scope);
        return result;
    }

    // The job as sent (status sent, one more attempt) and the signed call's bytes; null when there is nothing to send.
    private static Prepared? Prepare(TenantScope scope, string jobId)
    {
        if (scope.Collection<ProvisioningJob>().Find(jobId) is not { ProvisioningHookId: { } hookId } job || job.IsFinal)
        {
            return null;
        }

        var hook = scope.Collection<ProvisioningHook>().Find(hookId);
        if (hook is null || !hook.Covers(job.Action))
        {
            var why = hook is null ? "was deleted" : hook.Enabled ? $"no longer covers {WireJson.Name(job.Action)}" : "was disabled";
            ProvisioningJobs.Refuse(scope, job, ProvisioningJobStatus.Failed, ResourcesUnavailable, $"The provisioning hook {hookId} {why} before it answered the job.");
            return null;
        }

        var sent = scope.Collection<ProvisioningJob>().Replace(job with { Status = ProvisioningJobStatus.Sent, Attempts = job.Attempts + 1, UpdatedAt = scope.Now });
        var body = JsonSerializer.SerializeToUtf8Bytes(CallOf(scope, sent), WireJson.Options);
        return new Prepared(hook.Url, hook.SigningSecret, body);
    }

    // What the hook needs to carry the job out.
    private static ProvisioningHookCall CallOf(TenantScope scope, ProvisioningJob job)
    {
        if (job.Action is ProvisioningAction.DisconnectSession or ProvisioningAction.CoaSession)
        {
            return new ProvisioningHookCall(job, null, scope.Collection<Session>().Find(job.TargetId), null, job.Action == ProvisioningAction.CoaSession ? job.Attributes : null);
        }

        var service = scope.Collection<Service>().Find(job.TargetId);
        var account = scope.Collection<RadiusAccount>().Find(job.TargetId);
        AaaAccount? aaa = job.Action switch
        {
            ProvisioningAction.ActivateService or ProvisioningAction.ResumeService => RadiusAccounts.Preview(scope, job.TargetId, true, scope.Now),
            ProvisioningAction.SuspendService or ProvisioningAction.TerminateService when account is not null => RadiusAccounts.Preview(scope, job.TargetId, false, scope.Now),
            ProvisioningAction.ChangePackage when account is not null => RadiusAccounts.Render(scope, account),
            _ => null,
        };
        return new ProvisioningHookCall(job, service, null, aaa, null);
    }

    // Applies the hook's answer to the job, unless it was answered meanwhile (ack/nak); true when another attempt is wanted.
    private bool Conclude(TenantScope scope, string jobId, Outcome outcome, int attempt)
    {
        if (scope.Collection<ProvisioningJob>().Find(jobId) is not { } job || !job.AwaitsHookAnswer)
        {
            return false;
        }

        switch (outcome.Kind)
        {
            case OutcomeKind.Acked:
                ProvisioningJobs.Acknowledge(scope, job);
                return false;
            case OutcomeKind.Nak:
                ProvisioningJobs.Refuse(scope, job, ProvisioningJobStatus.Nak, outcome.ErrorCause, outcome.Message);
                return false;
            case OutcomeKind.Deferred:
                return false;
            default:
                if (attempt < _queue.MaxAttempts)
                {
                    return true;
                }

                var message = string.Create(CultureInfo.InvariantCulture, $"The provisioning hook gave no usable answer in {job.Attempts} attempt(s); the last: {outcome.Message}");
                ProvisioningJobs.Refuse(scope, job, ProvisioningJobStatus.Failed, ResourcesUnavailable, Shorten(message));
                return false;
        }
    }

    // A call the full queue pushed out: its job fails at once.
    private void Dropped(HookCall call) =>
        Locked(call, scope =>
        {
            if (scope.Collection<ProvisioningJob>().Find(call.JobId) is { IsFinal: false } job)
            {
                ProvisioningJobs.Refuse(scope, job, ProvisioningJobStatus.Failed, ResourcesUnavailable, $"Not sent: more than {Options.MaxQueuedCalls} provisioning hook calls were waiting, and the oldest are dropped first.");
            }

            return true;
        });

    // What the hook's answer means for the job.
    private static Outcome Interpret(SignedAnswer answer)
    {
        if (answer.Error is { } error)
        {
            return Outcome.Failure(error);
        }

        if (answer.StatusCode == 202)
        {
            return new Outcome(OutcomeKind.Deferred, 0, null);
        }

        if (answer.StatusCode != 200)
        {
            return Outcome.Failure($"The hook answered {answer.StatusCode} (200 with an answer, or 202, is needed).");
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Body ?? []);
            var root = document.RootElement;
            var status = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error_message", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() is { Length: > 0 } text
                ? Shorten(text)
                : null;
            if (status == "acked")
            {
                return new Outcome(OutcomeKind.Acked, 0, null);
            }

            if (status == "nak" && root.TryGetProperty("error_cause", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var cause) && cause is >= 400 and <= 599)
            {
                return new Outcome(OutcomeKind.Nak, cause, message);
            }
        }
        catch (JsonException)
        {
        }

        return Outcome.Failure("The hook answered 200 without a valid answer ({\"status\":\"acked\"}, or {\"status\":\"nak\",\"error_cause\":400–599}).");
    }

    private static string Shorten(string text) => text.Length > MaxMessageLength ? text[..MaxMessageLength] : text;

    /// <summary>One job to send, with the state it was created in.</summary>
    private sealed record HookCall(MockState State, TenantData Tenant, string JobId);

    /// <summary>Where and what one attempt sends.</summary>
    private sealed record Prepared(string Url, string Secret, byte[] Body);

    private enum OutcomeKind
    {
        Acked,
        Nak,
        Deferred,
        Failed,
    }

    /// <summary>The hook's answer, read.</summary>
    private sealed record Outcome(OutcomeKind Kind, int ErrorCause, string? Message)
    {
        public static Outcome Failure(string error) => new(OutcomeKind.Failed, 0, error);
    }
}
