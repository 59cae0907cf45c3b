using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock;
using WireMock.Server;
using WireMock.Settings;
using WISPGate.Sdk;

namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>
/// A WireMock server on 127.0.0.1 with a free port, and the SDK registered against it through
/// <c>AddWispGate</c> with fake logging (every level) and, optionally, a fake clock.
/// </summary>
internal sealed class SdkHarness : IDisposable
{
    /// <summary>The token the tests configure; it must never show up in logs or messages.</summary>
    public const string Token = "wg_live_S3CR3T_t0ken_do_not_log";

    private SdkHarness(WireMockServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IWispGateClient Client => Services.GetRequiredService<IWispGateClient>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>The requests the server received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        Server.LogEntries.Select(entry => entry.RequestMessage!).OrderBy(request => request.DateTime).ToList();

    /// <summary>Dropped connections and unanswered requests, injected in front of WireMock.</summary>
    public NetworkFaults Faults { get; private init; } = new();

    public static WireMockServer StartServer(NetworkFaults? faults = null) =>
        WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            PreWireMockMiddlewareInit = faults is null ? null : faults.Install,
        });

    public static SdkHarness Start(Action<WispGateClientOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var faults = new NetworkFaults();
        var server = StartServer(faults);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddWispGate(options =>
        {
            ConfigureForTests(options, server);
            configure?.Invoke(options);
        });
        return new SdkHarness(server, services.BuildServiceProvider()) { Faults = faults };
    }

    /// <summary>Test defaults: this server, the test token, millisecond retry delays.</summary>
    public static void ConfigureForTests(WispGateClientOptions options, WireMockServer server)
    {
        options.BaseUrl = new Uri(server.Url!);
        options.ApiToken = Token;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Timeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>Every request as it arrived (including dropped ones), oldest first.</summary>
    public IReadOnlyList<ArrivedRequest> Arrivals => Faults.Arrivals.ToList();

    /// <summary>The records of the SDK's own logger category.</summary>
    public IReadOnlyList<FakeLogRecord> SdkLogs =>
        Logs.GetSnapshot().Where(record => record.Category == WispGateDiagnostics.LoggerCategory).ToList();

    /// <summary>Every formatted log line and exception text, to search for secrets.</summary>
    public string AllLogText() => string.Join(
        Environment.NewLine,
        Logs.GetSnapshot().Select(record => $"{record.Category} {record.Level} {record.Message} {record.Exception} " +
            string.Join(' ', record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? [])));

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
