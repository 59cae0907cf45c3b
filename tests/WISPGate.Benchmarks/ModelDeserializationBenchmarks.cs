using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Baseline;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// Ablation: the same bodies deserialized with the SDK's serializer into its public models (immutable records:
/// <c>init</c>/<c>required</c> properties) and with the baseline's context into mutable classes. No HTTP: this is
/// the part of the per-call ratio that comes from the shape of the public models.
/// </summary>
public class ModelDeserializationBenchmarks
{
    private static readonly JsonTypeInfo<ApiEnvelope<Subscriber>> s_sdkOne =
        (JsonTypeInfo<ApiEnvelope<Subscriber>>)WispGateJson.Options.GetTypeInfo(typeof(ApiEnvelope<Subscriber>));

    private static readonly JsonTypeInfo<ListEnvelope<Subscriber>> s_sdkPage =
        (JsonTypeInfo<ListEnvelope<Subscriber>>)WispGateJson.Options.GetTypeInfo(typeof(ListEnvelope<Subscriber>));

    [Benchmark(Baseline = true), BenchmarkCategory("JsonOne")]
    public string JsonOne_BaselineModels() => JsonSerializer.Deserialize(CannedBodies.Subscriber, BaselineJsonContext.Default.BaselineEnvelope)!.Data!.Id;

    [Benchmark, BenchmarkCategory("JsonOne")]
    public string JsonOne_SdkModels() => JsonSerializer.Deserialize(CannedBodies.Subscriber, s_sdkOne)!.Data!.Id;

    [Benchmark(Baseline = true), BenchmarkCategory("JsonPage")]
    public int JsonPage_BaselineModels() => JsonSerializer.Deserialize(CannedBodies.Page, BaselineJsonContext.Default.BaselineListEnvelope)!.Data!.Count;

    [Benchmark, BenchmarkCategory("JsonPage")]
    public int JsonPage_SdkModels() => JsonSerializer.Deserialize(CannedBodies.Page, s_sdkPage)!.Data!.Count;
}
