using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// Provisioning jobs. A job whose action an enabled provisioning hook of the tenant covers is sent to that hook
/// (<see cref="ProvisioningHookDispatcher"/>) and finishes with its answer. Every other job runs in the built-in network
/// simulation on the server clock: <c>queued</c> when created, <c>sent</c> (attempts 1) <see cref="SentAfter"/> later
/// and done <see cref="CompletedAfter"/> after its creation: <c>acked</c>, or <c>nak</c> with an RFC 5176 Error-Cause.
/// The network effects (<see cref="ProvisioningEffects"/>) and the <c>provisioning_job.completed|failed</c> event happen at
/// that moment, stamped with it. The simulation is driven by <see cref="Settle"/>, a clock hook: it runs when the clock
/// is advanced, as real time passes and before every request, so a job is never seen behind the server clock. Jobs
/// complete in the order they were created.
/// </summary>
internal static class ProvisioningJobs
{
    /// <summary>How long after creation a job is sent.</summary>
    public static readonly TimeSpan SentAfter = TimeSpan.FromSeconds(1);

    /// <summary>How long after creation a job is acknowledged (or refused).</summary>
    public static readonly TimeSpan CompletedAfter = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Creates a queued job; when an enabled provisioning hook covers its action (the oldest, should a seed hold two),
    /// the job is the hook's and its call is asked for once the change completes.
    /// </summary>
    public static ProvisioningJob Enqueue(TenantScope scope, ProvisioningAction action, string targetId, string? reason, IReadOnlyDictionary<string, string>? attributes = null)
    {
        var hook = scope.Collection<ProvisioningHook>().All().Where(h => h.Covers(action)).OrderBy(h => h.CreatedAt).FirstOrDefault();
        var job = scope.Collection<ProvisioningJob>().Add(new ProvisioningJob
        {
            Id = scope.NewId("job"),
            Action = action,
            TargetId = targetId,
            Status = ProvisioningJobStatus.Queued,
            ProvisioningHookId = hook?.Id,
            Reason = reason,
            Attempts = 0,
            Attributes = attributes,
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
        });
        if (hook is not null)
        {
            scope.RequestWork(ProvisioningHookDispatcher.WorkKind, job.Id);
        }

        return job;
    }

    /// <summary>
    /// Ends a job <c>acked</c> now: its network effects happen exactly as in the simulation
    /// (<see cref="ProvisioningEffects"/>), then <c>provisioning_job.completed</c>. For a hook's acknowledgement the hook's
    /// word stands: a session action on a session that is no longer active simply has nothing left to change.
    /// </summary>
    public static ProvisioningJob Acknowledge(TenantScope scope, ProvisioningJob job)
    {
        ProvisioningEffects.Apply(scope, job, scope.Now);
        return End(scope, job with { Status = ProvisioningJobStatus.Acked });
    }

    /// <summary>
    /// Ends a job <c>nak</c> (refused) or <c>failed</c> (no answer) with an RFC 5176 Error-Cause and a message: nothing
    /// changes in the network; a lifecycle action's service keeps its status (<c>service.*_failed</c>), then
    /// <c>provisioning_job.failed</c> is recorded.
    /// </summary>
    public static ProvisioningJob Refuse(TenantScope scope, ProvisioningJob job, ProvisioningJobStatus status, int errorCause, string? message)
    {
        ServiceTransitions.Fail(scope, job, scope.Now);
        return End(scope, job with { Status = status, ErrorCause = errorCause, ErrorMessage = message });
    }

    /// <summary>The 202 answer of an action handed to the network: the job, and where to poll it.</summary>
    public static ApiResult Accepted(ProvisioningJob job) => ApiResult.Accepted(job, $"/api/v1/provisioning-jobs/{job.Id}");

    /// <summary>Moves every unfinished job of the tenant as far as the server clock allows (the clock hook).</summary>
    public static void Settle(TenantScope scope)
    {
        var jobs = scope.Collection<ProvisioningJob>();
        var now = scope.Now;
        var due = jobs.Index(ProvisioningIndexes.UnfinishedJobs).Matching("yes", j => !j.IsFinal && j.CreatedAt + SentAfter <= now);
        if (due.Count == 0)
        {
            return;
        }

        foreach (var job in due.OrderBy(j => j.CreatedAt))
        {
            var moved = job.Status == ProvisioningJobStatus.Queued
                ? job with { Status = ProvisioningJobStatus.Sent, Attempts = job.Attempts + 1, UpdatedAt = job.CreatedAt + SentAfter }
                : job;
            var completedAt = job.CreatedAt + CompletedAfter;
            if (completedAt > now)
            {
                jobs.Replace(moved);
                continue;
            }

            var refusal = ProvisioningEffects.Apply(scope, moved, completedAt);
            if (refusal is not null)
            {
                ServiceTransitions.Fail(scope, moved, completedAt);
            }

            var done = refusal is { } nak
                ? moved with { Status = ProvisioningJobStatus.Nak, ErrorCause = nak.ErrorCause, ErrorMessage = nak.Message, UpdatedAt = completedAt, CompletedAt = completedAt }
                : moved with { Status = ProvisioningJobStatus.Acked, UpdatedAt = completedAt, CompletedAt = completedAt };
            jobs.Replace(done);
            scope.RecordEvent(done.Status == ProvisioningJobStatus.Acked ? "provisioning_job.completed" : "provisioning_job.failed", done);
        }
    }

    // Stores a job that reached its end now, with its event.
    private static ProvisioningJob End(TenantScope scope, ProvisioningJob ended)
    {
        var done = scope.Collection<ProvisioningJob>().Replace(ended with { UpdatedAt = scope.Now, CompletedAt = scope.Now });
        scope.RecordEvent(done.Status == ProvisioningJobStatus.Acked ? "provisioning_job.completed" : "provisioning_job.failed", done);
        return done;
    }
}
