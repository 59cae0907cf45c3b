using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Reads and writes <see cref="WorkflowCondition"/> by its <c>type</c>; unknown types become <see cref="UnknownWorkflowCondition"/>.</summary>
internal sealed class WorkflowConditionConverter() : UnionConverter<WorkflowCondition>(Members)
{
    /// <summary>The record of each known <c>type</c> value.</summary>
    private static IReadOnlyDictionary<string, Type> Members { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["field"] = typeof(WorkflowFieldCondition),
    };

    protected override WorkflowCondition CreateUnknown(string type, string rawJson) => new UnknownWorkflowCondition(type, rawJson);
}
