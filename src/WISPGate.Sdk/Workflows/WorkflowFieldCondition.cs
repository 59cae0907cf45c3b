using System.Text.Json.Nodes;

namespace WISPGate.Sdk.Workflows;

/// <summary><c>field</c>: compares a field of the event's object with a value.</summary>
public sealed partial record WorkflowFieldCondition : WorkflowCondition
{
    /// <summary>Creates the condition (<c>type</c> = <c>field</c>).</summary>
    public WorkflowFieldCondition()
        : base("field")
    {
    }

    /// <summary>The field of the event's object, dotted for nested fields (e.g. <c>status</c>).</summary>
    public required string Field { get; init; }

    /// <summary>How to compare.</summary>
    public required partial WorkflowConditionOperator Operator { get; init; }

    /// <summary>
    /// <see cref="Operator"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Operator"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? OperatorRaw { get; init; }

    /// <summary>The value to compare with: a string, number, boolean or, for <c>in</c>, an array (assign e.g. <c>"open"</c>); not needed for <c>exists</c>.</summary>
    public JsonNode? Value { get; init; }
}
