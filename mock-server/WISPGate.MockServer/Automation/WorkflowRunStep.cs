using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Automation;

/// <summary>One action of a run, as the API shows it.</summary>
internal sealed record WorkflowRunStep
{
    /// <summary>Position in the actions (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The action's type.</summary>
    public required string Type { get; init; }

    /// <summary>Where it is.</summary>
    public required WorkflowStepStatus Status { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What it made or changed.</summary>
    public WorkflowStepResult? Result { get; init; }

    /// <summary>The API error of a failed step.</summary>
    public ApiError? Error { get; init; }

    /// <summary>Whether it is done one way or another.</summary>
    public bool IsFinal => Status is WorkflowStepStatus.Succeeded or WorkflowStepStatus.Failed or WorkflowStepStatus.Skipped;
}
