using System.Text.Json.Nodes;

namespace WISPGate.Sdk.Workflows;

/// <summary>A condition or <c>check</c> evaluated in a dry run.</summary>
public sealed partial record WorkflowConditionResult
{
    /// <summary>The condition's (or action's) position (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The field compared.</summary>
    public required string Field { get; init; }

    /// <summary>The comparison.</summary>
    public required partial WorkflowConditionOperator Operator { get; init; }

    /// <summary>
    /// <see cref="Operator"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Operator"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? OperatorRaw { get; init; }

    /// <summary>The value compared with.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>The field's actual value; <see langword="null"/> when absent.</summary>
    public JsonNode? Actual { get; init; }

    /// <summary>Whether it holds.</summary>
    public required bool Holds { get; init; }
}
