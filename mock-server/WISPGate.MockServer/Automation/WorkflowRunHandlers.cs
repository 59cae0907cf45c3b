using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Automation;

/// <summary>listWorkflowRuns, getWorkflowRun, cancelWorkflowRun.</summary>
internal sealed class WorkflowRunHandlers
{
    private const string Resource = "workflow run";
    private readonly WorkflowEngine _engine;

    /// <summary>Creates the handlers over the engine (a cancel lets the next run of the subject start).</summary>
    public WorkflowRunHandlers(WorkflowEngine engine) => _engine = engine;

    /// <summary>GET /api/v1/workflow-runs: filters workflow_id, status, subject_id, created_after/before.</summary>
    public static ApiResult List(OperationContext context)
    {
        var runs = context.Collection<WorkflowRun>();
        var source = context.Query.Get("subject_id") is { } subject
            ? runs.Where(AutomationIndexes.RunsBySubject, subject)
            : runs.Where(AutomationIndexes.RunsByWorkflow, context.Query.Get("workflow_id"));
        return context.Page(
            source,
            r => context.Query.Matches("workflow_id", r.WorkflowId)
                && context.Query.Matches("subject_id", r.Subject.Id)
                && context.Query.Matches("status", WireJson.Name(r.Status)));
    }

    /// <summary>GET /api/v1/workflow-runs/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<WorkflowRun>(context.Id, Resource));

    /// <summary>POST /api/v1/workflow-runs/{id}/cancel: a running or waiting run ends cancelled; a finished one → 409.</summary>
    public ApiResult Cancel(OperationContext context)
    {
        var run = context.Require<WorkflowRun>(context.Id, Resource);
        return run.IsFinished
            ? ApiResult.InvalidTransition(Resource, WireJson.Name(run.Status), "cancelled")
            : ApiResult.Ok(_engine.Cancel(context, run));
    }
}
