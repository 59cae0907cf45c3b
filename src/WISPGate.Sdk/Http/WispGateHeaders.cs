using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace WISPGate.Sdk.Http;

/// <summary>Header names of the WISPGate conventions, and the rules for the values the SDK sends and reads.</summary>
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

    /// <summary>A usable bearer token: non-blank, without spaces or control characters.</summary>
    public static bool IsValidToken([NotNullWhen(true)] string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        foreach (var character in token)
        {
            if (char.IsControl(character) || character == ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A usable tenant id: non-blank, without control characters.</summary>
    public static bool IsValidTenantId(string tenantId) => !string.IsNullOrWhiteSpace(tenantId) && !tenantId.Any(char.IsControl);

    /// <summary>The first value of a header, read raw (the non-validated view: no parsing, no array).</summary>
    public static string? FirstValue(HttpHeaders headers, string name)
    {
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The prefix of production keys (test keys start with <c>wgk_test_</c>).</summary>
    public const string LiveKeyPrefix = "wgk_live_";

    /// <summary>Whether a token is a production key, which must never travel over plain http to another host.</summary>
    public static bool IsLiveKey(string? token) => token is not null && token.StartsWith(LiveKeyPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The live-key rule (checked at start-up for a fixed <c>ApiToken</c>, per request for a provider's token): a
    /// production key never goes to a plain-http host that is not loopback, where it would cross the network unencrypted.
    /// </summary>
    public static bool WouldSendLiveKeyInClear(string? token, Uri? target) =>
        IsLiveKey(token) && target is { IsAbsoluteUri: true } uri
        && string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && !uri.IsLoopback;
}
