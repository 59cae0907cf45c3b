using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary><c>event</c>: a run starts for each event of one type whose object meets every condition.</summary>
public sealed record WorkflowEventTrigger : WorkflowTrigger
{
    /// <summary>Creates the trigger (<c>type</c> = <c>event</c>).</summary>
    public WorkflowEventTrigger()
        : base("event")
    {
    }

    /// <summary>The event type exactly as on the wire, e.g. <c>invoice.overdue</c> (see <see cref="Support.EventType"/>; <see cref="KnownEventType"/> reads it).</summary>
    public required string EventType { get; init; }

    /// <summary>The event type as <see cref="Support.EventType"/>; <see cref="Support.EventType.Unknown"/> for a type this SDK version does not know.</summary>
    [JsonIgnore]
    public Support.EventType KnownEventType => EnumWireNames<Support.EventType>.Parse(EventType);

    /// <summary>Conditions on the event's object; all must hold. None: every event of the type starts a run.</summary>
    public IReadOnlyList<WorkflowCondition>? Conditions { get; init; }
}
