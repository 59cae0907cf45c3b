using Microsoft.Extensions.Logging;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// The endpoint's log messages: event ids, types and the failed check only — never a secret, a signature header or a
/// body.
/// </summary>
internal static partial class WebhookLog
{
    /// <summary>The log category of the endpoint.</summary>
    public const string Category = "WISPGate.Sdk.AspNetCore.Webhooks";

    [LoggerMessage(1, LogLevel.Warning, "Rejected a webhook delivery: {Failure}. {Reason}")]
    public static partial void Rejected(ILogger logger, WebhookSignatureFailure failure, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Rejected a webhook delivery: the body is larger than {MaxRequestBodySize} bytes (WispGateWebhookOptions.MaxRequestBodySize)")]
    public static partial void TooLarge(ILogger logger, long maxRequestBodySize);

    [LoggerMessage(3, LogLevel.Warning, "Answered a webhook delivery 503: no signing secret is configured yet (WispGateWebhookOptions.SigningSecrets)")]
    public static partial void NoSecret(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Webhook event {EventId} ({EventType}) was handled before; acknowledged without handling it again")]
    public static partial void Duplicate(ILogger logger, string eventId, string eventType);

    [LoggerMessage(5, LogLevel.Information, "Webhook event {EventId} ({EventType}) is being handled by another delivery; answered 409")]
    public static partial void InProgress(ILogger logger, string eventId, string eventType);

    [LoggerMessage(6, LogLevel.Debug, "Webhook event {EventId} ({EventType}) handled by {HandlerCount} handler(s)")]
    public static partial void Handled(ILogger logger, string eventId, string eventType, int handlerCount);

    [LoggerMessage(7, LogLevel.Information, "Webhook event {EventId} ({EventType}) has no handler; acknowledged")]
    public static partial void NoHandler(ILogger logger, string eventId, string eventType);

    [LoggerMessage(8, LogLevel.Error, "A handler of webhook event {EventId} ({EventType}) failed; answered 500 so WISPGate retries the delivery")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventId, string eventType);

    [LoggerMessage(9, LogLevel.Error, "Answered a webhook delivery 503: the webhook options are invalid. {Reason}")]
    public static partial void InvalidOptions(ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Information, "Webhook delivery of event {EventId} ({EventType}) was aborted by the sender while it was handled")]
    public static partial void Aborted(ILogger logger, string eventId, string eventType);
}
