using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Workflows;

/// <summary>One step (action) of a workflow run.</summary>
public sealed partial record WorkflowRunStep
{
    /// <summary>The action's position (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The action's type, e.g. <c>wait</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The step's state.</summary>
    public required partial WorkflowStepStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>When it started (UTC).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What it created or changed (e.g. a notification, a provisioning job).</summary>
    public WorkflowStepResult? Result { get; init; }

    /// <summary>For a failed step, the API error the action got (e.g. <c>workflow_loop</c>, <c>webhook_call_failed</c>).</summary>
    public ApiError? Error { get; init; }
}
