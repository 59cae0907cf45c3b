using System.Text.Json;
using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// A rule the server runs itself when an event happens (<c>wf_…</c>). The trigger and actions are kept in their wire form
/// (the contract's discriminated unions) and read by <see cref="WorkflowEngine"/> when a run needs them.
/// </summary>
internal sealed record Workflow : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it starts runs.</summary>
    public required WorkflowStatus Status { get; init; }

    /// <summary>The trigger (<c>{"type":"event","event_type":…,"conditions":[…]}</c>).</summary>
    public required JsonElement Trigger { get; init; }

    /// <summary>The actions, in order.</summary>
    public required JsonElement Actions { get; init; }

    /// <summary>The template it was made from.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The signing secret as the API shows it: only in the create response (null, so omitted, everywhere else).</summary>
    public string? Secret { get; init; }

    /// <summary>The secret its call_webhook actions sign with; never serialized (empty for a seeded workflow).</summary>
    [JsonIgnore]
    public string SigningSecret { get; init; } = string.Empty;

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it last started a run.</summary>
    public DateTimeOffset? LastRunAt { get; init; }

    /// <summary>The event type of an <c>event</c> trigger (null for a trigger type this server does not know).</summary>
    [JsonIgnore]
    public string? EventType =>
        Trigger.ValueKind == JsonValueKind.Object && Trigger.TryGetProperty("type", out var type) && type.ValueEquals("event")
        && Trigger.TryGetProperty("event_type", out var eventType) && eventType.ValueKind == JsonValueKind.String
            ? eventType.GetString()
            : null;
}
