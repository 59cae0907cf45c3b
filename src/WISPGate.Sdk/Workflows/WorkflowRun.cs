namespace WISPGate.Sdk.Workflows;

/// <summary>One execution of a workflow for one event: its steps, their results and where it waits. One run per (workflow, event), even when events are replayed.</summary>
public sealed partial record WorkflowRun
{
    /// <summary>The WISPGate id, <c>wfr_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The workflow (<c>wf_…</c>).</summary>
    public required string WorkflowId { get; init; }

    /// <summary>The event that started it (<c>evt_…</c>).</summary>
    public required string EventId { get; init; }

    /// <summary>The resource it is about (the event's object).</summary>
    public required WorkflowSubject Subject { get; init; }

    /// <summary>The state; final once <c>succeeded</c>, <c>failed</c>, <c>skipped</c> or <c>cancelled</c>.</summary>
    public required partial WorkflowRunStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>How many workflow runs caused its event (0 for an event not caused by a workflow; the chain stops at 5).</summary>
    public required int Depth { get; init; }

    /// <summary>Its steps, one per action, in order.</summary>
    public required IReadOnlyList<WorkflowRunStep> Steps { get; init; }

    /// <summary>When a <c>waiting</c> run resumes (server clock, UTC).</summary>
    public DateTimeOffset? ResumeAt { get; init; }

    /// <summary>When it started (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it ended (UTC); <see langword="null"/> while running or waiting.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
