using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Workflows;

/// <summary>A made-up event for <see cref="TestWorkflowRequest.Event"/>.</summary>
public sealed record WorkflowTestEvent
{
    /// <summary>The event type, e.g. <c>invoice.overdue</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The event's object as it would arrive (<c>{"object": {…}}</c>).</summary>
    public required EventData Data { get; init; }
}
