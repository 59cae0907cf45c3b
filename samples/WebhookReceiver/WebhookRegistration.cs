using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using WISPGate.Sdk;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Samples.WebhookReceiver;

/// <summary>
/// A receiver that restarts keeps its endpoint: once the app listens, reuse the endpoint (by id, else by URL), point it at
/// this app's URL, and rotate its secret only when no secret is configured; create an endpoint only when there is none.
/// A second <c>POST /webhook-endpoints</c> for the same URL would be 409 <c>duplicate_webhook_endpoint</c>.
/// </summary>
public sealed partial class WebhookRegistration(
    IWispGateClient wispGate,
    IOptions<WebhookReceiverOptions> options,
    SigningSecretStore secrets,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The listening address is known only once the server started (`--urls http://127.0.0.1:0` picks a free port).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var url = (options.Value.PublicUrl ?? new Uri(new Uri(ListeningAddress()), WebhookEndpoints.Route)).ToString();
        var endpoint = await FindAsync(url, stoppingToken);
        if (endpoint is null)
        {
            var created = await wispGate.WebhookEndpoints.CreateAsync(
                new CreateWebhookEndpointRequest { Url = url, Events = [WebhookEndpoint.AllEvents] },
                cancellationToken: stoppingToken);
            secrets.Set(created.Data.Secret!);
            Log.Registered(logger, created.Data.Id, url);
            return;
        }

        if (endpoint.Url != url)
        {
            await wispGate.WebhookEndpoints.UpdateAsync(endpoint.Id, new UpdateWebhookEndpointRequest { Url = url }, cancellationToken: stoppingToken);
        }

        if (string.IsNullOrEmpty(secrets.Current))
        {
            // The secret was shown once and is not configured here: rotate instead of deleting and re-creating. Deliveries
            // carry both signatures until the previous secret expires, so other receivers holding it keep working meanwhile.
            var rotated = await wispGate.WebhookEndpoints.RotateSecretAsync(endpoint.Id, cancellationToken: stoppingToken);
            secrets.Set(rotated.Data.Secret!);
            Log.ReusedWithNewSecret(logger, endpoint.Id, url);
        }
        else
        {
            Log.Reused(logger, endpoint.Id, url);
        }
    }

    private async Task<WebhookEndpoint?> FindAsync(string url, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.EndpointId))
        {
            return (await wispGate.WebhookEndpoints.GetAsync(options.Value.EndpointId, cancellationToken: cancellationToken)).Data;
        }

        await foreach (var endpoint in wispGate.WebhookEndpoints.ListAllAsync(cancellationToken: cancellationToken))
        {
            if (endpoint.Url == url)
            {
                return endpoint;
            }
        }

        return null;
    }

    private string ListeningAddress() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? throw new InvalidOperationException("The server listens nowhere; set WebhookReceiver:PublicUrl.");

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Registered webhook endpoint {EndpointId} for {Url}; store its secret (shown once) in WebhookReceiver:SigningSecret and the id in WebhookReceiver:EndpointId")]
        public static partial void Registered(ILogger logger, string endpointId, string url);

        [LoggerMessage(2, LogLevel.Information, "Reusing webhook endpoint {EndpointId} for {Url} with a rotated secret (store it in WebhookReceiver:SigningSecret)")]
        public static partial void ReusedWithNewSecret(ILogger logger, string endpointId, string url);

        [LoggerMessage(3, LogLevel.Information, "Reusing webhook endpoint {EndpointId} for {Url} with the configured secret")]
        public static partial void Reused(ILogger logger, string endpointId, string url);
    }
}
