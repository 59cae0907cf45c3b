using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>Work handed to the network (<c>job_…</c>); <see cref="ProvisioningJobs"/> moves it along the server clock.</summary>
internal sealed record ProvisioningJob : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>What it does.</summary>
    public required ProvisioningAction Action { get; init; }

    /// <summary>The service or session acted on.</summary>
    public required string TargetId { get; init; }

    /// <summary>Where it is.</summary>
    public required ProvisioningJobStatus Status { get; init; }

    /// <summary>The provisioning hook the job was sent to; null when the built-in network simulation handles it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ProvisioningHookId { get; init; }

    /// <summary>Why it was asked for (the action's <c>reason</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>RFC 5176 Error-Cause of a <c>nak</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? ErrorCause { get; init; }

    /// <summary>What went wrong, in words.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ErrorMessage { get; init; }

    /// <summary>Times the request went to the NAS / AAA.</summary>
    public int Attempts { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it reached acked, nak or failed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The attributes a CoA sets (not part of the API representation).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }

    /// <summary>Whether it waits for its provisioning hook's answer (sent to a hook, not finished): ack and nak apply.</summary>
    [JsonIgnore]
    public bool AwaitsHookAnswer => ProvisioningHookId is not null && Status == ProvisioningJobStatus.Sent;

    /// <summary>Whether it reached its end.</summary>
    [JsonIgnore]
    public bool IsFinal => Status is ProvisioningJobStatus.Acked or ProvisioningJobStatus.Nak or ProvisioningJobStatus.Failed;
}
