using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>A support ticket (<c>tkt_…</c>).</summary>
internal sealed record Ticket : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>One-line summary.</summary>
    public required string Subject { get; init; }

    /// <summary>The problem.</summary>
    public required string Description { get; init; }

    /// <summary>The subscriber it is about.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SubscriberId { get; init; }

    /// <summary>The service it is about.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ServiceId { get; init; }

    /// <summary>Lifecycle state.</summary>
    public required TicketStatus Status { get; init; }

    /// <summary>Priority.</summary>
    public required TicketPriority Priority { get; init; }

    /// <summary>Who works on it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Assignee { get; init; }

    /// <summary>Number of comments.</summary>
    public int CommentCount { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was last resolved (cleared when reopened).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>When it was closed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? ClosedAt { get; init; }
}
