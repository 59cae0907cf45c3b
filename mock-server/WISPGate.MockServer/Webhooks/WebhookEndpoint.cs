using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Webhooks;

/// <summary>A registered receiver of signed event deliveries (<c>whe_…</c>).</summary>
internal sealed record WebhookEndpoint : IEntity
{
    /// <summary>The subscription to every event type.</summary>
    public const string AllEvents = "*";

    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Where events are POSTed (http or https).</summary>
    public required string Url { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Subscribed event types, or <c>["*"]</c>.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Whether events are delivered.</summary>
    public required bool Enabled { get; init; }

    /// <summary>The signing secret as the API shows it: only in the create and rotate-secret responses (null, so omitted, everywhere else).</summary>
    public string? Secret { get; init; }

    /// <summary>The signing secret the server signs with; never serialized.</summary>
    [JsonIgnore]
    public string SigningSecret { get; init; } = string.Empty;

    /// <summary>The secret before the last rotation, which also signs until <see cref="PreviousSecretExpiresAt"/>; never serialized.</summary>
    [JsonIgnore]
    public string? PreviousSigningSecret { get; init; }

    /// <summary>Until when deliveries also carry the previous secret's signature (server clock); null without one.</summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The secrets that sign a delivery at <paramref name="now"/> (server clock): the current one, then the previous one while it lasts.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTimeOffset now) =>
        PreviousSigningSecret is { } previous && PreviousSecretExpiresAt is { } until && now < until ? [SigningSecret, previous] : [SigningSecret];

    /// <summary>Whether an event of <paramref name="type"/> goes to this endpoint.</summary>
    public bool Subscribes(string type) => Enabled && (Events.Contains(AllEvents) || Events.Contains(type));
}
