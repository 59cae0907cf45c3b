using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Workflows;

/// <summary><c>send_notification</c>: sends a notification to the subject's subscriber, exactly like <c>POST /notifications</c>.</summary>
public sealed partial record WorkflowSendNotificationAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>send_notification</c>).</summary>
    public WorkflowSendNotificationAction()
        : base("send_notification")
    {
    }

    /// <summary>E-mail or SMS.</summary>
    public required partial NotificationChannel Channel { get; init; }

    /// <summary>
    /// <see cref="Channel"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Channel"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ChannelRaw { get; init; }

    /// <summary>The notification template name, e.g. <c>dunning_reminder</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The text; <c>{{placeholders}}</c> are filled from the subject.</summary>
    public string? Body { get; init; }
}
