using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// One mapped webhook endpoint: read the raw body (bounded), verify it against every configured secret, claim the event
/// id, run the handlers, answer. The statuses are WISPGate's retry signal: 2xx ends the deliveries of an event, anything
/// else is retried.
/// </summary>
internal sealed class WebhookRequestHandler(
    WispGateWebhookHandlers handlers,
    IOptionsMonitor<WispGateWebhookOptions> options,
    IWispGateWebhookDeduplicationStore deduplication,
    TimeProvider timeProvider,
    ILogger logger)
{
    private const int ChunkSize = 16 * 1024;

    // What a server may count beyond the body's bytes (chunked framing).
    private const long FramingAllowance = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;

        WispGateWebhookOptions current;
        try
        {
            current = options.CurrentValue;
        }
        catch (OptionsValidationException e)
        {
            // A configuration reload made the options invalid: retryable, not the sender's fault.
            WebhookLog.InvalidOptions(logger, e.Message);
            await ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Webhook endpoint not configured", "The webhook options are invalid; see the receiver's log.");
            return;
        }

        var body = await ReadBodyAsync(context, current.MaxRequestBodySize, aborted);
        if (body is null)
        {
            WebhookLog.TooLarge(logger, current.MaxRequestBodySize);
            await ProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Webhook body too large", $"The body exceeds {current.MaxRequestBodySize} bytes.");
            return;
        }

        var secrets = current.SigningSecrets.Where(secret => !string.IsNullOrWhiteSpace(secret)).ToList();
        if (secrets.Count == 0)
        {
            WebhookLog.NoSecret(logger);
            await ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Webhook endpoint not ready", "No signing secret is configured yet.");
            return;
        }

        var verifier = new WebhookSignatureVerifier(new WebhookVerifierOptions { Tolerance = current.Tolerance, TimeProvider = timeProvider });
        var signatureHeader = context.Request.Headers[WebhookSignature.HeaderName].ToString();
        Event? webhookEvent = null;
        WebhookSignatureException? failure = null;
        foreach (var secret in secrets)
        {
            try
            {
                webhookEvent = verifier.ConstructEvent(body, signatureHeader, secret);
                break;
            }
            catch (WebhookSignatureException e) when (e.Failure == WebhookSignatureFailure.SignatureMismatch)
            {
                // Maybe signed with another of the configured secrets (a rotation): try the next one.
                failure = e;
            }
            catch (WebhookSignatureException e)
            {
                // Header, timestamp or body: the same for every secret.
                failure = e;
                break;
            }
        }

        if (webhookEvent is null)
        {
            WebhookLog.Rejected(logger, failure!.Failure, failure.Message);
            await ProblemAsync(context, StatusCodes.Status400BadRequest, Title(failure.Failure), failure.Message);
            return;
        }

        if (string.IsNullOrWhiteSpace(webhookEvent.Id))
        {
            WebhookLog.Rejected(logger, WebhookSignatureFailure.InvalidEvent, "The event has no id.");
            await ProblemAsync(context, StatusCodes.Status400BadRequest, Title(WebhookSignatureFailure.InvalidEvent), "The event has no id.");
            return;
        }

        switch (await deduplication.TryClaimAsync(webhookEvent.Id, aborted))
        {
            case WispGateWebhookClaim.AlreadyProcessed:
                WebhookLog.Duplicate(logger, webhookEvent.Id, webhookEvent.Type);
                await ReceiptAsync(context, new WebhookReceipt(webhookEvent.Id, Duplicate: true));
                return;
            case WispGateWebhookClaim.InProgress:
                WebhookLog.InProgress(logger, webhookEvent.Id, webhookEvent.Type);
                await ProblemAsync(context, StatusCodes.Status409Conflict, "Webhook event in progress", "Another delivery of this event is being handled; retry later.");
                return;
        }

        try
        {
            var ran = await DispatchAsync(context.RequestServices, webhookEvent, aborted);
            await deduplication.MarkProcessedAsync(webhookEvent.Id, CancellationToken.None);
            if (ran == 0)
            {
                WebhookLog.NoHandler(logger, webhookEvent.Id, webhookEvent.Type);
            }
            else
            {
                WebhookLog.Handled(logger, webhookEvent.Id, webhookEvent.Type, ran);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The sender hung up (its timeout): nobody reads an answer, and WISPGate retries the delivery.
            await deduplication.ReleaseAsync(webhookEvent.Id, CancellationToken.None);
            WebhookLog.Aborted(logger, webhookEvent.Id, webhookEvent.Type);
            return;
        }
#pragma warning disable CA1031 // Any failure of user code must become a 500 that WISPGate retries, never a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await deduplication.ReleaseAsync(webhookEvent.Id, CancellationToken.None);
            WebhookLog.HandlerFailed(logger, e, webhookEvent.Id, webhookEvent.Type);
            await ProblemAsync(context, StatusCodes.Status500InternalServerError, "Webhook handler failed", "A handler failed; the event was not recorded as handled.");
            return;
        }

        await ReceiptAsync(context, new WebhookReceipt(webhookEvent.Id));
    }

    /// <summary>The endpoint's handlers in order, then the DI handlers of the object's model, then (if none ran) the fallbacks.</summary>
    private async Task<int> DispatchAsync(IServiceProvider services, Event webhookEvent, CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var registration in handlers.Registrations)
        {
            if (registration.Matches(webhookEvent))
            {
                await registration.Handle(webhookEvent, cancellationToken);
                ran++;
            }
        }

        ran += await EventHandlerServices.RunAsync(services, webhookEvent, cancellationToken);
        if (ran > 0)
        {
            return ran;
        }

        foreach (var fallback in handlers.Unhandled)
        {
            await fallback(webhookEvent, cancellationToken);
            ran++;
        }

        return ran;
    }

    /// <summary>The body's bytes, or <see langword="null"/> when it is larger than <paramref name="maxBytes"/> (read no further).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return null;
        }

        // The loop below is the limit. The server's own one (Kestrel: 30 MB, counting a chunked body's framing too) is
        // raised when it is lower, so it does not cut a body this endpoint accepts.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false, MaxRequestBodySize: { } serverLimit } sizeLimit
            && serverLimit - FramingAllowance < maxBytes)
        {
            sizeLimit.MaxRequestBodySize = maxBytes > long.MaxValue - FramingAllowance ? null : maxBytes + FramingAllowance;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await context.Request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return null;
                }

                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static string Title(WebhookSignatureFailure failure) => failure switch
    {
        WebhookSignatureFailure.TimestampTooOld or WebhookSignatureFailure.TimestampInFuture => "Stale webhook delivery",
        WebhookSignatureFailure.InvalidEvent => "Invalid webhook event",
        _ => "Invalid webhook signature",
    };

    private static Task ReceiptAsync(HttpContext context, WebhookReceipt receipt) =>
        Results.Json(receipt, WebhookJsonContext.Default.WebhookReceipt).ExecuteAsync(context);

    private static Task ProblemAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
