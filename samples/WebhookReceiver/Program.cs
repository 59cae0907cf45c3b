using WISPGate.Sdk.Webhooks;
using WISPGate.Samples.WebhookReceiver;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<WebhookReceiverOptions>(builder.Configuration.GetSection("WebhookReceiver"));
builder.Services.AddSingleton(new WebhookSignatureVerifier());

var app = builder.Build();
app.MapWispGateWebhooks();
app.MapGet("/", () => $"WISPGate webhook receiver: POST deliveries to {WebhookEndpoints.Route}");
app.Run();
