using Microsoft.Extensions.Options;
using WISPGate.Sdk.Provisioning;
using WISPGate.Samples.ProvisioningHook;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOptions<ProvisioningHookOptions>()
    .Bind(builder.Configuration.GetSection("ProvisioningHook"))
    .Validate(options => options.SigningSecrets.Count > 0 && options.SigningSecrets.All(secret => secret.Length > 0),
        "Set ProvisioningHook__SigningSecrets__0 to the secret returned when you registered the hook.")
    .ValidateOnStart();

// One receiver for the app's lifetime: it accepts calls signed with any configured secret (two during a rotation).
builder.Services.AddSingleton(provider => new ProvisioningHookReceiver(
    provider.GetRequiredService<IOptions<ProvisioningHookOptions>>().Value.SigningSecrets, options: null));

var app = builder.Build();
app.MapProvisioningHook();
app.MapGet("/", () => $"WISPGate provisioning hook: POST hook calls to {HookEndpoints.Route}");
app.Run();
