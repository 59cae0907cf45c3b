using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>The state of one step of a workflow run.</summary>
[JsonConverter(typeof(TolerantEnumConverter<WorkflowStepStatus>))]
public enum WorkflowStepStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>pending</c>: not reached yet.</summary>
    Pending,

    /// <summary><c>running</c>: executing (a <c>wait</c> stays here until it resumes).</summary>
    Running,

    /// <summary><c>succeeded</c>: done.</summary>
    Succeeded,

    /// <summary><c>failed</c>: failed; the step's <c>error</c> says why.</summary>
    Failed,

    /// <summary><c>skipped</c>: not run because the run ended before it.</summary>
    Skipped,
}
