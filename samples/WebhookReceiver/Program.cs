using Microsoft.Extensions.Options;
using WISPGate.Sdk;
using WISPGate.Sdk.Webhooks;
using WISPGate.Samples.WebhookReceiver;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<WebhookReceiverOptions>(builder.Configuration.GetSection("WebhookReceiver"));
builder.Services.AddSingleton(new WebhookSignatureVerifier());
builder.Services.AddSingleton(services => new SigningSecretStore(services.GetRequiredService<IOptions<WebhookReceiverOptions>>().Value.SigningSecret));

// With a "WISPGate" section (BaseUrl, ApiToken), the receiver registers or reuses its own endpoint on start.
var wispGate = builder.Configuration.GetSection("WISPGate");
if (wispGate.Exists())
{
    builder.Services.AddWispGate(wispGate);
    builder.Services.AddHostedService<WebhookRegistration>();
}

var app = builder.Build();
app.MapWispGateWebhooks();
app.MapGet("/", () => $"WISPGate webhook receiver: POST deliveries to {WebhookEndpoints.Route}");
app.Run();
