namespace WISPGate.Sdk.Provisioning;

/// <summary>A RADIUS accounting session of a service on a NAS.</summary>
public sealed partial record Session
{
    /// <summary>The WISPGate id, <c>ses_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The RADIUS Acct-Session-Id.</summary>
    public required string AcctSessionId { get; init; }

    /// <summary>The RADIUS User-Name of the session.</summary>
    public required string Username { get; init; }

    /// <summary>The service (<c>svc_…</c>) the session belongs to.</summary>
    public required string ServiceId { get; init; }

    /// <summary>The state; <see cref="SessionStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial SessionStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The IPv4 address of the NAS that reported the session.</summary>
    public required string NasIpAddress { get; init; }

    /// <summary>The IPv4 address assigned to the subscriber, if any.</summary>
    public string? FramedIpAddress { get; init; }

    /// <summary>The Calling-Station-Id (usually the CPE's MAC), if any.</summary>
    public string? CallingStationId { get; init; }

    /// <summary>When the session started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the session stopped (UTC); <see langword="null"/> while active.</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>Octets received from the subscriber.</summary>
    public required long InputOctets { get; init; }

    /// <summary>Octets sent to the subscriber.</summary>
    public required long OutputOctets { get; init; }

    /// <summary>The Acct-Terminate-Cause of a closed session, e.g. <c>User-Request</c>, <c>Admin-Reset</c>, <c>Lost-Carrier</c>.</summary>
    public string? TerminateCause { get; init; }
}
