using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Network;

/// <summary>listProvisioningJobs (filters status, action, target_id, created_after/before) and getProvisioningJob.</summary>
internal static class ProvisioningJobHandlers
{
    /// <summary>GET /api/v1/provisioning-jobs.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<ProvisioningJob>().Where(NetworkIndexes.JobsByTarget, context.Query.List("target_id")),
            j => context.Query.Matches("status", WireJson.Name(j.Status))
                && context.Query.Matches("action", WireJson.Name(j.Action))
                && context.Query.Matches("target_id", j.TargetId));

    /// <summary>GET /api/v1/provisioning-jobs/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<ProvisioningJob>(context.Id, "provisioning job"));
}
