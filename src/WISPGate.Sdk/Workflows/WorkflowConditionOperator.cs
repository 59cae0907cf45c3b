using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>How a condition or <c>check</c> compares a field with its value.</summary>
[JsonConverter(typeof(TolerantEnumConverter<WorkflowConditionOperator>))]
public enum WorkflowConditionOperator
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>eq</c>: equal.</summary>
    Eq,

    /// <summary><c>neq</c>: not equal.</summary>
    Neq,

    /// <summary><c>gt</c>: greater than.</summary>
    Gt,

    /// <summary><c>gte</c>: greater than or equal.</summary>
    Gte,

    /// <summary><c>lt</c>: less than.</summary>
    Lt,

    /// <summary><c>lte</c>: less than or equal.</summary>
    Lte,

    /// <summary><c>in</c>: equal to one of the values of an array.</summary>
    In,

    /// <summary><c>exists</c>: the field is present and not null (no value).</summary>
    Exists,
}
