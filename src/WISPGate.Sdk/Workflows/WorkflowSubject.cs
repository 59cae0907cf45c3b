namespace WISPGate.Sdk.Workflows;

/// <summary>The resource a workflow run is about (the triggering event's object).</summary>
public sealed record WorkflowSubject
{
    /// <summary>The resource type, e.g. <c>invoice</c>, <c>subscriber</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Its id, e.g. <c>inv_…</c>.</summary>
    public required string Id { get; init; }
}
