using Microsoft.Extensions.Time.Testing;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>Starting servers for tests (a fresh one per test: port 0, demo seed).</summary>
public static class MockServers
{
    /// <summary>Starts a server.</summary>
    public static Task<WispGateMockServer> StartAsync(WispGateMockServerOptions? options = null) =>
        WispGateMockServer.StartAsync(options ?? new WispGateMockServerOptions(), TestContext.Current.CancellationToken);

    /// <summary>Starts a server on a frozen clock the test moves by hand.</summary>
    public static async Task<(WispGateMockServer Server, FakeTimeProvider Time)> StartWithFakeTimeAsync(WispGateMockServerOptions? options = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero));
        var server = await StartAsync((options ?? new WispGateMockServerOptions()) with { TimeProvider = time });
        return (server, time);
    }
}
