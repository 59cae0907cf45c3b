namespace WISPGate.Sdk.Workflows;

/// <summary>What a workflow would do for an event (<see cref="IWorkflowsClient.TestAsync"/>); nothing was changed.</summary>
public sealed record WorkflowTestResult
{
    /// <summary>The workflow tested (<c>wf_…</c>).</summary>
    public required string WorkflowId { get; init; }

    /// <summary>The recorded event used, if any.</summary>
    public string? EventId { get; init; }

    /// <summary>The event's type.</summary>
    public required string EventType { get; init; }

    /// <summary>Whether the event's type is the trigger's.</summary>
    public required bool TriggerMatched { get; init; }

    /// <summary>The resource a run would be about.</summary>
    public WorkflowSubject? Subject { get; init; }

    /// <summary>Each trigger condition against the event.</summary>
    public required IReadOnlyList<WorkflowConditionResult> Conditions { get; init; }

    /// <summary>Whether a run would start (trigger matched and every condition holds).</summary>
    public required bool WouldStart { get; init; }

    /// <summary>Each action and whether it would run (a failing <c>check</c> stops the rest).</summary>
    public required IReadOnlyList<WorkflowTestStep> Steps { get; init; }
}
