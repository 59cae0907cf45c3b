using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Automation;

/// <summary>The Automation collections' indexes (run lookups the event observer and clock hook make without scanning).</summary>
internal static class AutomationIndexes
{
    /// <summary>Runs by (workflow, event): at most one each.</summary>
    public static readonly IndexKey<WorkflowRun> RunsByWorkflowEvent = new("workflow_event", r => r.WorkflowId + "|" + r.EventId);

    /// <summary>Runs by workflow.</summary>
    public static readonly IndexKey<WorkflowRun> RunsByWorkflow = new("workflow_id", r => r.WorkflowId);

    /// <summary>Runs by subject id.</summary>
    public static readonly IndexKey<WorkflowRun> RunsBySubject = new("subject_id", r => r.Subject.Id);

    /// <summary>Runs waiting at a wait action (the ones the clock hook resumes).</summary>
    public static readonly IndexKey<WorkflowRun> RunsAtWait = new("at_wait", r => r.Status == WorkflowRunStatus.Waiting && r.ResumeAt is not null ? "yes" : null);

    /// <summary>Workflows by trigger event type.</summary>
    public static readonly IndexKey<Workflow> WorkflowsByEventType = new("event_type", w => w.EventType);
}
