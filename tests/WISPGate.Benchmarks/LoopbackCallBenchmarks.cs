using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// Setting B: one call through the whole SDK pipeline over real loopback HTTP to Kestrel in another process, next to the
/// hand-written baseline on the same server. The ratio is what a user feels. Target: ≤ 1.10× time.
/// </summary>
public class LoopbackCallBenchmarks
{
    private static readonly SubscriberListOptions s_listOptions = new() { Limit = 100 };
    private static readonly string s_bearer = "Bearer " + Clients.Token;
    private CannedServerProcess _server = null!;
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = CannedServerProcess.Start();
        _clients = new Clients(_server.BaseAddress, primaryHandler: null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public async Task<string> Get_Baseline() => (await _clients.Baseline.GetAsync(CannedBodies.SubscriberId)).Id;

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_Sdk() => (await _clients.Sdk.Subscribers.GetAsync(CannedBodies.SubscriberId)).Data.Id;

    /// <summary>Ablation: bare Refit with the baseline's models on the baseline's HttpClient.</summary>
    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_PlainRefit() => (await _clients.PlainRefit.Get(CannedBodies.SubscriberId, s_bearer, default)).Data!.Id;

    /// <summary>Ablation: the baseline behind Microsoft.Extensions.Http.Resilience's standard pipeline.</summary>
    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_BaselineWithResilience() => (await _clients.BaselineWithResilience().GetAsync(CannedBodies.SubscriberId)).Id;

    [Benchmark(Baseline = true), BenchmarkCategory("Create")]
    public async Task<string> Create_Baseline() => (await _clients.Baseline.CreateAsync(Clients.BaselineCreateRequest)).Id;

    [Benchmark, BenchmarkCategory("Create")]
    public async Task<string> Create_Sdk() => (await _clients.Sdk.Subscribers.CreateAsync(Clients.SdkCreateRequest)).Data.Id;

    [Benchmark(Baseline = true), BenchmarkCategory("List100")]
    public async Task<int> List100_Baseline() => (await _clients.Baseline.ListAsync(100, cursor: null)).Data!.Count;

    [Benchmark, BenchmarkCategory("List100")]
    public async Task<int> List100_Sdk() => (await _clients.Sdk.Subscribers.ListAsync(s_listOptions)).Items.Count;
}
