using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WISPGate.Sdk;
using WISPGate.Samples.Onboarding;

// Configuration: appsettings.json, then environment variables (WispGate__BaseUrl, WispGate__ApiToken),
// then the command line (--WispGate:BaseUrl=… --Onboarding:CsvPath=…).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
});
builder.Services.AddWispGate(builder.Configuration.GetSection(WispGateClientOptions.SectionName));
builder.Services.Configure<OnboardingOptions>(builder.Configuration.GetSection("Onboarding"));
builder.Services.AddSingleton<SubscriberOnboarder>();

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILogger<Program>>();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

var csvPath = ResolveCsvPath(builder.Configuration.GetSection("Onboarding").Get<OnboardingOptions>()?.CsvPath ?? "subscribers.csv");
IReadOnlyList<SubscriberRow> rows;
try
{
    rows = await SubscriberCsv.ReadAsync(csvPath, cancellation.Token);
}
catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
{
    logger.LogError("Cannot read the subscribers file: {Message}", e.Message);
    return 2;
}

logger.LogInformation("Onboarding {Count} subscribers from {Path}", rows.Count, csvPath);
var result = await host.Services.GetRequiredService<SubscriberOnboarder>().OnboardAsync(rows, cancellation.Token);
logger.LogInformation(
    "Done: {Created} created, {AlreadyThere} already there, {Failed} failed",
    result.Created, result.AlreadyThere, result.Failed);
return result.Failed == 0 ? 0 : 1;

// A relative path is looked up in the current directory first, then next to the app (where the sample file is copied).
static string ResolveCsvPath(string path)
{
    var fromCurrentDirectory = Path.GetFullPath(path);
    return File.Exists(fromCurrentDirectory) || Path.IsPathRooted(path)
        ? fromCurrentDirectory
        : Path.Combine(AppContext.BaseDirectory, path);
}
