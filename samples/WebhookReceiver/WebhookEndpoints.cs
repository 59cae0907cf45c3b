using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Samples.WebhookReceiver;

/// <summary>Maps the webhook route: verify the signature over the raw body, then handle the typed event.</summary>
public static class WebhookEndpoints
{
    /// <summary>The route the sample listens on.</summary>
    public const string Route = "/webhooks/wispgate";

    /// <summary>Maps <c>POST /webhooks/wispgate</c>: 200 for a verified event, 400 for a bad signature or body.</summary>
    /// <param name="endpoints">The app's route builder.</param>
    /// <returns>The route, for further configuration.</returns>
    public static RouteHandlerBuilder MapWispGateWebhooks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        SigningSecretStore secrets,
        WebhookSignatureVerifier verifier,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(WebhookEndpoints));

        // The signature covers the exact bytes sent: read them raw, never through model binding.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);

        if (string.IsNullOrEmpty(secrets.Current))
        {
            // Registering itself and not done yet: WISPGate retries a delivery that got no 2xx.
            return Results.Problem("No signing secret yet.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        Event webhookEvent;
        try
        {
            webhookEvent = verifier.ConstructEvent(body.ToArray(), request.Headers[WebhookSignature.HeaderName], secrets.Current);
        }
        catch (WebhookSignatureException e)
        {
            logger.LogWarning("Rejected a delivery ({Failure}): {Message}", e.Failure, e.Message);
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid webhook signature");
        }

        // The event's object is already typed; switch on it rather than on strings.
        switch (webhookEvent.Data.Object)
        {
            case Subscriber subscriber:
                logger.LogInformation("{EventId} {Type}: subscriber {SubscriberId} {Name} is {Status}", webhookEvent.Id, webhookEvent.Type, subscriber.Id, subscriber.FullName, subscriber.Status);
                break;
            case Invoice invoice:
                logger.LogInformation("{EventId} {Type}: invoice {Number} is {Status}, {AmountDue} due (minor units)", webhookEvent.Id, webhookEvent.Type, invoice.Number, invoice.Status, invoice.AmountDue);
                break;
            case Payment payment:
                logger.LogInformation("{EventId} {Type}: payment {PaymentId} of {Amount} (minor units) is {Status}", webhookEvent.Id, webhookEvent.Type, payment.Id, payment.Amount, payment.Status);
                break;
            case Ticket ticket:
                logger.LogInformation("{EventId} {Type}: ticket {TicketId} is {Status}", webhookEvent.Id, webhookEvent.Type, ticket.Id, ticket.Status);
                break;
            default:
                logger.LogInformation("{EventId} {Type}: {ObjectType}", webhookEvent.Id, webhookEvent.Type, webhookEvent.Data.Object?.GetType().Name ?? "untyped object");
                break;
        }

        return Results.Ok(new { received = webhookEvent.Id });
    }
}
