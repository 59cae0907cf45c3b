using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// Automation: workflows and system-triggered actions (an Automation &amp; Support resource). Workflows run for real on
/// the server clock (<see cref="WorkflowEngine"/>): recorded events start runs, the clock hook resumes waits, and every
/// action runs through the API operation it mirrors.
/// </summary>
internal sealed class AutomationModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain)
    {
        var engine = new WorkflowEngine(domain.Host, new ApiInvoker(domain));
        var workflows = new WorkflowHandlers(engine);
        var runs = new WorkflowRunHandlers(engine);
        domain
            .SeedCollection<Workflow>("workflows")
            .SeedCollection<WorkflowRun>("workflow_runs")
            .OnEventRecorded(engine.OnEvent)
            .OnClockAdvanced(engine.Resume)
            .OnStop(engine.Calls.StopAsync)
            .Map("listWorkflows", workflows.List)
            .Map("createWorkflow", workflows.Create)
            .Map("getWorkflow", workflows.Get)
            .Map("updateWorkflow", workflows.Update)
            .Map("deleteWorkflow", workflows.Delete)
            .Map("enableWorkflow", context => WorkflowHandlers.SetStatus(context, WorkflowStatus.Enabled))
            .Map("disableWorkflow", context => WorkflowHandlers.SetStatus(context, WorkflowStatus.Disabled))
            .Map("testWorkflow", workflows.Test)
            .Map("listWorkflowTemplates", WorkflowHandlers.ListTemplates)
            .Map("listWorkflowRuns", WorkflowRunHandlers.List)
            .Map("getWorkflowRun", WorkflowRunHandlers.Get)
            .Map("cancelWorkflowRun", runs.Cancel);
    }
}
