using Microsoft.Extensions.Options;
using WISPGate.Sdk;
using WISPGate.Sdk.AspNetCore;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Samples.WebhookReceiver;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<WebhookReceiverOptions>(builder.Configuration.GetSection("WebhookReceiver"));
builder.Services.AddSingleton(services => new SigningSecretStore(services.GetRequiredService<IOptions<WebhookReceiverOptions>>().Value.SigningSecret));

// With a "WISPGate" section (BaseUrl, ApiToken), the receiver registers or reuses its own endpoint on start.
var wispGate = builder.Configuration.GetSection("WISPGate");
var registersItself = wispGate.Exists();
if (registersItself)
{
    builder.Services.AddWispGate(wispGate);
    builder.Services.AddHostedService<WebhookRegistration>();
}

// The webhook endpoint verifies with the secret in the store (configured, or obtained by the registration at run time:
// the store feeds WispGateWebhookOptions.SigningSecrets and signals the change). A receiver that registers itself may
// start without a secret and answers 503 until it has one; otherwise a missing secret fails start-up.
builder.Services.AddWispGateWebhooks(options => options.AllowNoSigningSecret = registersItself);
builder.Services.AddSingleton<IConfigureOptions<WispGateWebhookOptions>>(services => services.GetRequiredService<SigningSecretStore>());
builder.Services.AddSingleton<IOptionsChangeTokenSource<WispGateWebhookOptions>>(services => services.GetRequiredService<SigningSecretStore>());

// Typed handlers: every subscriber.*, invoice.*, payment.* and ticket.* event, from dependency injection.
builder.Services
    .AddWispGateEventHandler<Subscriber, LoggingEventHandler>()
    .AddWispGateEventHandler<Invoice, LoggingEventHandler>()
    .AddWispGateEventHandler<Payment, LoggingEventHandler>()
    .AddWispGateEventHandler<Ticket, LoggingEventHandler>();

var app = builder.Build();
var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WISPGate.Samples.WebhookReceiver");
app.MapWispGateWebhooks(WebhookEndpoints.Route, handlers => handlers
    // One event type, inline: where a dunning process would start.
    .OnInvoiceOverdue((evt, invoice, _) =>
    {
        log.LogInformation("{EventId} {Type}: invoice {Number} is overdue, {AmountDue} due (minor units): start dunning", evt.Id, evt.Type, invoice.Number, invoice.AmountDue);
        return Task.CompletedTask;
    })
    // Everything no handler took (other resources, ping, types newer than this SDK): acknowledged and logged.
    .OnUnhandled((evt, _) =>
    {
        log.LogInformation("{EventId} {Type}: {ObjectType}", evt.Id, evt.Type, evt.Data.Object?.GetType().Name ?? "untyped object");
        return Task.CompletedTask;
    }));
app.MapGet("/", () => $"WISPGate webhook receiver: POST deliveries to {WebhookEndpoints.Route}");
app.Run();
