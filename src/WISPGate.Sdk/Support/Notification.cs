namespace WISPGate.Sdk.Support;

/// <summary>A message to a subscriber by e-mail or SMS.</summary>
public sealed partial record Notification
{
    /// <summary>The WISPGate id, <c>ntf_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>) notified.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>How it is sent; <see cref="NotificationChannel.Unknown"/> for a channel this SDK does not know.</summary>
    public required partial NotificationChannel Channel { get; init; }

    /// <summary>
    /// <see cref="Channel"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Channel"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ChannelRaw { get; init; }

    /// <summary>The template key, e.g. <c>invoice_reminder</c>, <c>outage_notice</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The values of the template's placeholders.</summary>
    public IReadOnlyDictionary<string, string>? Variables { get; init; }

    /// <summary>The resolved recipient (the subscriber's e-mail or phone).</summary>
    public string? To { get; init; }

    /// <summary>The state; <see cref="NotificationStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial NotificationStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>Why sending failed, if it did.</summary>
    public string? Error { get; init; }

    /// <summary>When the notification was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was sent (UTC); <see langword="null"/> until then.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
