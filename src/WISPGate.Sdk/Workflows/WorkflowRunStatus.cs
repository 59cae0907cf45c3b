using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>The state of a workflow run.</summary>
[JsonConverter(typeof(TolerantEnumConverter<WorkflowRunStatus>))]
public enum WorkflowRunStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>running</c>: executing its steps.</summary>
    Running,

    /// <summary><c>waiting</c>: paused in a <c>wait</c> step until <c>resume_at</c>.</summary>
    Waiting,

    /// <summary><c>succeeded</c>: every step ran (final).</summary>
    Succeeded,

    /// <summary><c>failed</c>: a step failed; its <c>error</c> says why (final).</summary>
    Failed,

    /// <summary><c>skipped</c>: a <c>check</c> no longer held, e.g. the invoice was paid meanwhile (final).</summary>
    Skipped,

    /// <summary><c>cancelled</c>: cancelled through the API (final).</summary>
    Cancelled,
}
