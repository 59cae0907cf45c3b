namespace WISPGate.Sdk.Http;

/// <summary>Header names of the WISPGate conventions.</summary>
internal static class WispGateHeaders
{
    public const string Authorization = "Authorization";
    public const string TenantId = "X-Tenant-ID";
    public const string IdempotencyKey = "X-Idempotency-Key";
    public const string IdempotentReplayed = "X-Idempotent-Replayed";
    public const string RequestId = "X-Request-ID";

    /// <summary>Headers the SDK manages; <see cref="RequestOptions.Headers"/> may not set them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Authorization, TenantId, IdempotencyKey, "Content-Type", "Content-Length", "Host",
    };
}
