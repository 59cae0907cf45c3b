using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Billing;

/// <summary>A reconciliation run (<c>rec_…</c>): the allocations it made and the payments left with unapplied money.</summary>
internal sealed record ReconciliationRun : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>State.</summary>
    public required ReconciliationRunStatus Status { get; init; }

    /// <summary>The subscriber the run was limited to.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SubscriberId { get; init; }

    /// <summary>Allocations made.</summary>
    public IReadOnlyList<ReconciliationMatch> Matched { get; init; } = [];

    /// <summary>Payments that still have an unapplied amount after the run.</summary>
    public IReadOnlyList<string> Unmatched { get; init; } = [];

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it completed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? CompletedAt { get; init; }
}
