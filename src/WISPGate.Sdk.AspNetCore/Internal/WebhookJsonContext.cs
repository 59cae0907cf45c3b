using System.Text.Json.Serialization;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>The endpoint's own answers, serialized with generated code (trim/AOT safe).</summary>
[JsonSerializable(typeof(WebhookReceipt))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
