using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Canned;

namespace WISPGate.Benchmarks;

/// <summary>
/// Setting A: one call through the whole SDK pipeline against an in-memory handler (no network), next to the
/// hand-written baseline on the same handler. The ratio is the pipeline's own cost. Target: ≤ 2.0× time and allocations.
/// </summary>
public class InMemoryCallBenchmarks : CallBenchmarks
{
    [GlobalSetup]
    public void Setup() => Clients = new Clients(new Uri("https://api.wispgate.test/"), () => new CannedHandler());

    [GlobalCleanup]
    public void Cleanup() => Clients.Dispose();
}
