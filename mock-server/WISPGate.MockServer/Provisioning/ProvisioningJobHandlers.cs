using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// listProvisioningJobs (filters status, action, target_id, created_after/before), getProvisioningJob, and the answers
/// of a provisioning hook that took a job: ackProvisioningJob and nakProvisioningJob. Only a job sent to a hook and not
/// finished (<see cref="ProvisioningJob.AwaitsHookAnswer"/>) takes them — after a <c>202</c>, or while a call is in flight
/// or waiting for its retry (the hook did the work but its answer got lost; the retries then stop); any other job →
/// 409 <c>invalid_state_transition</c>.
/// </summary>
internal static class ProvisioningJobHandlers
{
    private const string Resource = "provisioning job";

    /// <summary>GET /api/v1/provisioning-jobs.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<ProvisioningJob>().Where(ProvisioningIndexes.JobsByTarget, context.Query.List("target_id")),
            j => context.Query.Matches("status", WireJson.Name(j.Status))
                && context.Query.Matches("action", WireJson.Name(j.Action))
                && context.Query.Matches("target_id", j.TargetId));

    /// <summary>GET /api/v1/provisioning-jobs/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<ProvisioningJob>(context.Id, Resource));

    /// <summary>POST /api/v1/provisioning-jobs/{id}/ack: the hook carried the job out; acked, with its network effects.</summary>
    public static ApiResult Ack(OperationContext context)
    {
        var job = context.Require<ProvisioningJob>(context.Id, Resource);
        return NotAwaiting(job, "acknowledged") ?? ApiResult.Ok(ProvisioningJobs.Acknowledge(context, job));
    }

    /// <summary>POST /api/v1/provisioning-jobs/{id}/nak: the hook refused the job; nak with its Error-Cause, nothing changes.</summary>
    public static ApiResult Nak(OperationContext context)
    {
        var job = context.Require<ProvisioningJob>(context.Id, Resource);
        if (NotAwaiting(job, "refused") is { } refusal)
        {
            return refusal;
        }

        var request = context.ReadBody<NakProvisioningJobRequest>();
        return ApiResult.Ok(ProvisioningJobs.Refuse(context, job, ProvisioningJobStatus.Nak, request.ErrorCause, request.ErrorMessage));
    }

    private static ApiResult? NotAwaiting(ProvisioningJob job, string action) =>
        job.AwaitsHookAnswer
            ? null
            : ApiResult.InvalidTransition(job.ProvisioningHookId is null
                    ? $"Provisioning job {job.Id} is handled by the built-in network, not by a provisioning hook: it cannot be {action}."
                    : $"A provisioning job that is {WireJson.Name(job.Status)} cannot be {action}: only a job sent to its provisioning hook and not answered yet can.",
                "status");
}
