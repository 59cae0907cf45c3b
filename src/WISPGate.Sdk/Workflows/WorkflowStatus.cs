using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Whether a workflow starts runs.</summary>
[JsonConverter(typeof(TolerantEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>enabled</c>: matching events start runs.</summary>
    Enabled,

    /// <summary><c>disabled</c>: no new runs start; running ones finish.</summary>
    Disabled,
}
