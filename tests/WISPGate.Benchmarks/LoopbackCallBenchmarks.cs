using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Canned;

namespace WISPGate.Benchmarks;

/// <summary>
/// Setting B: one call through the whole SDK pipeline over real loopback HTTP to Kestrel in another process, next to the
/// hand-written baseline on the same server. The ratio is what a user feels. Target: ≤ 1.10× time.
/// </summary>
public class LoopbackCallBenchmarks : CallBenchmarks
{
    private CannedServerProcess _server = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = CannedServerProcess.Start();
        Clients = new Clients(_server.BaseAddress, primaryHandler: null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Clients.Dispose();
        _server.Dispose();
    }
}
