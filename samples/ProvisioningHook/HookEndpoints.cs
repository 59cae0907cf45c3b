using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Samples.ProvisioningHook;

/// <summary>Maps the hook route: verify the signature over the raw body, carry the job out, answer acked (or nak).</summary>
public static class HookEndpoints
{
    /// <summary>The route the sample listens on.</summary>
    public const string Route = "/wispgate/provisioning";

    /// <summary>
    /// Maps <c>POST /wispgate/provisioning</c>: 200 with <c>{"status":"acked"}</c> for a verified call; 400 for a bad
    /// signature or body (WISPGate counts that as a failed attempt and retries with a fresh signature).
    /// </summary>
    /// <param name="endpoints">The app's route builder.</param>
    /// <returns>The route, for further configuration.</returns>
    public static RouteHandlerBuilder MapProvisioningHook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        ProvisioningHookReceiver receiver,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(HookEndpoints));

        // The signature covers the exact bytes sent: read them raw, never through model binding.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);

        ProvisioningHookCall call;
        try
        {
            call = receiver.ConstructCall(body.ToArray(), request.Headers[ProvisioningHookReceiver.SignatureHeaderName]);
        }
        catch (WebhookSignatureException e)
        {
            logger.LogWarning("Rejected a hook call ({Failure}): {Message}", e.Failure, e.Message);
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid provisioning hook signature");
        }

        // Calls may repeat (a retry after a lost answer): a real NOC de-duplicates by job id before touching the network.
        // Here the "network work" is a log line; a real hook would push the RADIUS account (call.Aaa), send the CoA
        // (call.Attributes) or disconnect (call.Session), and answer Nak(cause, message) when the NAS refuses.
        var job = call.Job;
        logger.LogInformation(
            "{JobId} {Action} {TargetId} (attempt {Attempt}): acked; RADIUS user {Username}, enabled {Enabled}",
            job.Id, job.Action, job.TargetId, job.Attempts, call.Aaa?.Username ?? "-", call.Aaa?.Enabled);

        return Results.Text(ProvisioningHookAnswer.Acked().ToJson(), ProvisioningHookAnswer.ContentType);
    }
}
