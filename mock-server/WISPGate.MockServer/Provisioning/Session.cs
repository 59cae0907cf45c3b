using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>A RADIUS accounting session of a service on a NAS (<c>ses_…</c>). Opened and closed by provisioning jobs.</summary>
internal sealed record Session : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>RADIUS Acct-Session-Id.</summary>
    public required string AcctSessionId { get; init; }

    /// <summary>RADIUS User-Name.</summary>
    public required string Username { get; init; }

    /// <summary>The service.</summary>
    public required string ServiceId { get; init; }

    /// <summary>Active or closed.</summary>
    public required SessionStatus Status { get; init; }

    /// <summary>The NAS the session runs on.</summary>
    public required string NasIpAddress { get; init; }

    /// <summary>The address the subscriber got.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? FramedIpAddress { get; init; }

    /// <summary>Calling-Station-Id (the CPE MAC).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? CallingStationId { get; init; }

    /// <summary>Accounting start.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Accounting stop; null while active.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>Octets from the subscriber.</summary>
    public long InputOctets { get; init; }

    /// <summary>Octets to the subscriber.</summary>
    public long OutputOctets { get; init; }

    /// <summary>Acct-Terminate-Cause once closed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? TerminateCause { get; init; }

    /// <summary>A session is created when it starts (the contract has no separate <c>created_at</c>).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => StartedAt;
}
