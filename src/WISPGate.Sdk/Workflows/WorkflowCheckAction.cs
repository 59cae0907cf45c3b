using System.Text.Json.Nodes;

namespace WISPGate.Sdk.Workflows;

/// <summary><c>check</c>: re-reads the run's subject; when the field no longer matches, the run ends <c>skipped</c> (e.g. the invoice was paid meanwhile).</summary>
public sealed partial record WorkflowCheckAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>check</c>).</summary>
    public WorkflowCheckAction()
        : base("check")
    {
    }

    /// <summary>The field of the subject to compare, dotted for nested fields (e.g. <c>status</c>, <c>amount_due</c>).</summary>
    public required string Field { get; init; }

    /// <summary>How to compare.</summary>
    public required partial WorkflowConditionOperator Operator { get; init; }

    /// <summary>
    /// <see cref="Operator"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Operator"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? OperatorRaw { get; init; }

    /// <summary>The value to compare with: a string, number, boolean or, for <c>in</c>, an array (assign e.g. <c>"open"</c> or <c>new JsonArray("open", "draft")</c>); not needed for <c>exists</c>.</summary>
    public JsonNode? Value { get; init; }
}
