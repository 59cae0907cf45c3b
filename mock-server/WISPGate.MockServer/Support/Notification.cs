using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>A templated e-mail or SMS to a subscriber (<c>ntf_…</c>).</summary>
internal sealed record Notification : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The recipient subscriber.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>E-mail or SMS.</summary>
    public required NotificationChannel Channel { get; init; }

    /// <summary>Template key.</summary>
    public required string Template { get; init; }

    /// <summary>Values for the template's placeholders.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The resolved address (e-mail or phone).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? To { get; init; }

    /// <summary>Where it is.</summary>
    public required NotificationStatus Status { get; init; }

    /// <summary>Why it failed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Error { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was sent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? SentAt { get; init; }
}
