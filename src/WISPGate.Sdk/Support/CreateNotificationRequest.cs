namespace WISPGate.Sdk.Support;

/// <summary>The body of <c>POST /api/v1/notifications</c>.</summary>
public sealed partial record CreateNotificationRequest
{
    /// <summary>The subscriber (<c>sub_…</c>); it must exist and have an e-mail (email) or phone (sms), else 422.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>How to send it.</summary>
    public required partial NotificationChannel Channel { get; init; }

    /// <summary>
    /// <see cref="Channel"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Channel"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ChannelRaw { get; init; }

    /// <summary>The template key, e.g. <c>outage_notice</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The values of the template's placeholders (at most 50).</summary>
    public IReadOnlyDictionary<string, string>? Variables { get; init; }
}
