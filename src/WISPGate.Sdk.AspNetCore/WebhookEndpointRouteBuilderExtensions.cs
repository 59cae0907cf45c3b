using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>Maps WISPGate's webhook endpoint into an ASP.NET Core app.</summary>
public static class WebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as a WISPGate webhook endpoint. For each delivery it reads the raw
    /// body (at most <see cref="WispGateWebhookOptions.MaxRequestBodySize"/>, else 413), verifies
    /// <c>X-WISPGate-Signature</c> against each of <see cref="WispGateWebhookOptions.SigningSecrets"/> and the
    /// timestamp against <see cref="WispGateWebhookOptions.Tolerance"/> (a forged, unsigned, stale or unreadable delivery
    /// is answered 400 with a problem that names the failed check), claims the event id in the
    /// <see cref="IWispGateWebhookDeduplicationStore"/> (a delivery of an event handled before is answered 200 without
    /// handling it again; one being handled right now 409), runs the handlers and answers 200
    /// <c>{"received":"evt_…"}</c>. A handler that throws makes the answer 500: the id is not recorded and WISPGate
    /// retries. Requires <see cref="WebhookServiceCollectionExtensions.AddWispGateWebhooks(IServiceCollection, Action{WispGateWebhookOptions})"/>.
    /// </summary>
    /// <param name="endpoints">The app's route builder.</param>
    /// <param name="pattern">The route, e.g. <c>"/webhooks/wispgate"</c>: the URL registered as the webhook endpoint.</param>
    /// <param name="configure">Registers this endpoint's handlers (<see cref="WispGateWebhookHandlers.OnInvoiceOverdue"/>, …); optional when <see cref="IWispGateEventHandler{TData}"/> services handle the events.</param>
    /// <returns>The endpoint's convention builder, to add <c>RequireHost</c>, rate limiting, a name….</returns>
    public static IEndpointConventionBuilder MapWispGateWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Action<WispGateWebhookHandlers>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        var services = endpoints.ServiceProvider;
        if (services.GetService<WebhookServicesMarker>() is null)
        {
            throw new InvalidOperationException(
                "MapWispGateWebhooks needs the webhook services: call builder.Services.AddWispGateWebhooks(…) before building the app.");
        }

        var handlers = new WispGateWebhookHandlers();
        configure?.Invoke(handlers);
        var handler = new WebhookRequestHandler(
            handlers,
            services.GetRequiredService<IOptionsMonitor<WispGateWebhookOptions>>(),
            services.GetRequiredService<IWispGateWebhookDeduplicationStore>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(WebhookLog.Category));

        return endpoints
            .MapPost(pattern, (RequestDelegate)handler.HandleAsync)
            .WithDisplayName($"WISPGate webhooks {pattern}");
    }
}
