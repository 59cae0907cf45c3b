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

    /// <summary>The notification template name, e.g. <c>dunning_reminder</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The text; <c>{{placeholders}}</c> are filled from the subject.</summary>
    public string? Body { get; init; }
}
