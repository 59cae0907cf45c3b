using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// The per-call benchmarks both settings run: SDK vs baseline for Get, Create and a page of 100, plus two ablations on
/// Get. A setting only says where the clients send their requests (<see cref="Clients"/>, set in its global setup).
/// </summary>
public abstract class CallBenchmarks
{
    private static readonly SubscriberListOptions s_listOptions = new() { Limit = 100 };
    private static readonly string s_bearer = "Bearer " + Clients.Token;

    private protected Clients Clients { get; set; } = null!;

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public async Task<string> Get_Baseline() => (await Clients.Baseline.GetAsync(CannedBodies.SubscriberId)).Id;

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_Sdk() => (await Clients.Sdk.Subscribers.GetAsync(CannedBodies.SubscriberId)).Data.Id;

    /// <summary>Ablation: bare Refit with the baseline's models on the baseline's HttpClient (no SDK handlers, no resilience).</summary>
    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_PlainRefit() => (await Clients.PlainRefit.Get(CannedBodies.SubscriberId, s_bearer, default)).Data!.Id;

    /// <summary>Ablation: the baseline behind Microsoft.Extensions.Http.Resilience's standard pipeline (no Refit, no SDK handlers).</summary>
    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_BaselineWithResilience() => (await Clients.BaselineWithResilience().GetAsync(CannedBodies.SubscriberId)).Id;

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_NSwag() => (await Clients.NSwag.GetSubscriberAsync(CannedBodies.SubscriberId)).Data.Id;

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_Kiota() => (await Clients.Kiota.Api.V1.Subscribers[CannedBodies.SubscriberId].GetAsync())!.Data!.Id!;

    [Benchmark(Baseline = true), BenchmarkCategory("Create")]
    public async Task<string> Create_Baseline() => (await Clients.Baseline.CreateAsync(Clients.BaselineCreateRequest)).Id;

    [Benchmark, BenchmarkCategory("Create")]
    public async Task<string> Create_Sdk() => (await Clients.Sdk.Subscribers.CreateAsync(Clients.SdkCreateRequest)).Data.Id;

    /// <summary>NSwag's create with an idempotency key per call, as the baseline and the SDK send.</summary>
    [Benchmark, BenchmarkCategory("Create")]
    public async Task<string> Create_NSwag() =>
        (await Clients.NSwag.CreateSubscriberAsync(Clients.NSwagCreateRequest, x_Idempotency_Key: Guid.NewGuid().ToString())).Data.Id;

    /// <summary>Kiota's create with an idempotency key per call, as the baseline and the SDK send.</summary>
    [Benchmark, BenchmarkCategory("Create")]
    public async Task<string> Create_Kiota() =>
        (await Clients.Kiota.Api.V1.Subscribers.PostAsync(
            Clients.KiotaCreateRequest, config => config.Headers.Add("X-Idempotency-Key", Guid.NewGuid().ToString())))!.Data!.Id!;

    [Benchmark(Baseline = true), BenchmarkCategory("List100")]
    public async Task<int> List100_Baseline() => (await Clients.Baseline.ListAsync(100, cursor: null)).Data!.Count;

    [Benchmark, BenchmarkCategory("List100")]
    public async Task<int> List100_Sdk() => (await Clients.Sdk.Subscribers.ListAsync(s_listOptions)).Items.Count;

    [Benchmark, BenchmarkCategory("List100")]
    public async Task<int> List100_NSwag() => (await Clients.NSwag.ListSubscribersAsync(limit: 100)).Data.Count;

    [Benchmark, BenchmarkCategory("List100")]
    public async Task<int> List100_Kiota() =>
        (await Clients.Kiota.Api.V1.Subscribers.GetAsync(config => config.QueryParameters.Limit = 100))!.Data!.Count;

    /// <summary>Every benchmark by name, for the plain profiling loop.</summary>
    internal (string Name, Func<Task> Run)[] All() =>
    [
        (nameof(Get_Baseline), Get_Baseline),
        (nameof(Get_Sdk), Get_Sdk),
        (nameof(Get_PlainRefit), Get_PlainRefit),
        (nameof(Get_BaselineWithResilience), Get_BaselineWithResilience),
        (nameof(Get_NSwag), Get_NSwag),
        (nameof(Get_Kiota), Get_Kiota),
        (nameof(Create_Baseline), Create_Baseline),
        (nameof(Create_Sdk), Create_Sdk),
        (nameof(Create_NSwag), Create_NSwag),
        (nameof(Create_Kiota), Create_Kiota),
        (nameof(List100_Baseline), List100_Baseline),
        (nameof(List100_Sdk), List100_Sdk),
        (nameof(List100_NSwag), List100_NSwag),
        (nameof(List100_Kiota), List100_Kiota),
    ];
}
