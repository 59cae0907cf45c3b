using WISPGate.Sdk.Http;

namespace WISPGate.Sdk;

/// <summary>Per-call settings; every SDK method takes them as an optional argument.</summary>
public sealed record RequestOptions
{
    /// <summary>
    /// The <c>X-Idempotency-Key</c> to send (1–255 characters). Set it to make a retry of your own
    /// (after a crash, a timeout, a <see cref="Errors.WispGateTransportException"/>) safe; otherwise
    /// every POST gets a fresh random key per call (see <see cref="WispGateClientOptions.AutomaticIdempotencyKeys"/>).
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The <c>X-Tenant-ID</c> of this call, overriding <see cref="WispGateClientOptions.TenantId"/>.</summary>
    public string? TenantId { get; init; }

    /// <summary>
    /// Extra request headers (e.g. <c>X-Request-ID</c> to correlate with your own logs). The headers
    /// the SDK manages (<c>Authorization</c>, <c>X-Tenant-ID</c>, <c>X-Idempotency-Key</c>, content headers) are refused.
    /// <code>
    /// new RequestOptions { Headers = new Dictionary&lt;string, string&gt; { ["X-Request-ID"] = "crm-7781" } }
    /// </code>
    /// (The dictionary is read-only once set: assign a new one, as above.)
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// The total time this call may take, all attempts and retry delays included, instead of
    /// <see cref="WispGateClientOptions.Timeout"/> (e.g. shorter for a health probe, longer for a big export). It is
    /// the timeout of Microsoft.Extensions.Http.Resilience's total-timeout strategy for this call; each attempt still has
    /// <see cref="WispGateClientOptions.AttemptTimeout"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How many times this call may be retried, at most <see cref="WispGateClientOptions.MaxRetries"/>; <c>0</c> turns
    /// retries off for this call (e.g. a user is waiting and you prefer to fail fast).
    /// </summary>
    public int? MaxRetries { get; init; }

    /// <summary>Fails fast, before anything is sent, with a message naming the bad setting.</summary>
    internal void Validate()
    {
        if (Timeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromDays(1)))
        {
            throw new ArgumentException("RequestOptions.Timeout must be positive and at most one day.", nameof(Timeout));
        }

        if (MaxRetries is < 0)
        {
            throw new ArgumentException("RequestOptions.MaxRetries must be 0 or more.", nameof(MaxRetries));
        }

        if (IdempotencyKey is not null && (IdempotencyKey.Length is < 1 or > 255 || HasControlCharacters(IdempotencyKey)))
        {
            throw new ArgumentException(
                "RequestOptions.IdempotencyKey must be 1-255 printable characters.", nameof(IdempotencyKey));
        }

        if (TenantId is not null && !WispGateHeaders.IsValidTenantId(TenantId))
        {
            throw new ArgumentException(
                "RequestOptions.TenantId must be a non-blank tenant id without control characters.", nameof(TenantId));
        }

        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            if (WispGateHeaders.Reserved.Contains(name))
            {
                throw new ArgumentException(
                    $"RequestOptions.Headers may not set '{name}': the SDK manages it (use ApiToken, TenantId or IdempotencyKey instead).",
                    nameof(Headers));
            }

            if (string.IsNullOrWhiteSpace(name) || HasControlCharacters(name) || name.Contains(':', StringComparison.Ordinal)
                || value is null || HasControlCharacters(value))
            {
                throw new ArgumentException(
                    $"RequestOptions.Headers has an invalid header '{name}': names and values must be printable, single-line text.",
                    nameof(Headers));
            }
        }
    }

    private static bool HasControlCharacters(string text) => text.Any(char.IsControl);
}
