using System.Text.Json;
using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Automation;

/// <summary>One execution of a workflow for one event (<c>wfr_…</c>).</summary>
internal sealed record WorkflowRun : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The workflow.</summary>
    public required string WorkflowId { get; init; }

    /// <summary>The triggering event.</summary>
    public required string EventId { get; init; }

    /// <summary>What the run is about.</summary>
    public required WorkflowSubject Subject { get; init; }

    /// <summary>Where it is.</summary>
    public required WorkflowRunStatus Status { get; init; }

    /// <summary>How many runs caused the triggering event.</summary>
    public required int Depth { get; init; }

    /// <summary>One step per action.</summary>
    public required IReadOnlyList<WorkflowRunStep> Steps { get; init; }

    /// <summary>When a run waiting at a wait action goes on.</summary>
    public DateTimeOffset? ResumeAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The actions as they were when the run started (later edits of the workflow do not change a started run).</summary>
    [JsonIgnore]
    public JsonElement Actions { get; init; }

    /// <summary>The workflows of the chain of runs that led here, this one's included (the loop guard).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Chain { get; init; } = [];

    /// <summary>Whether it is over.</summary>
    [JsonIgnore]
    public bool IsFinished => Status is WorkflowRunStatus.Succeeded or WorkflowRunStatus.Failed or WorkflowRunStatus.Skipped or WorkflowRunStatus.Cancelled;

    /// <summary>Whether it waits behind an earlier run of its subject (waiting without a time to resume).</summary>
    [JsonIgnore]
    public bool IsQueued => Status == WorkflowRunStatus.Waiting && ResumeAt is null;
}
