using System.Text.Json.Serialization;

namespace WISPGate.Benchmarks.Baseline;

/// <summary>The baseline's source-generated serializer: snake_case, nulls not written, unknown fields skipped.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineEnvelope))]
[JsonSerializable(typeof(BaselineListEnvelope))]
[JsonSerializable(typeof(BaselineCreateSubscriber))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
