using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WISPGate.Sdk.Webhooks;

/// <summary>
/// Computes <c>X-WISPGate-Signature</c> values: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>.
/// Useful in tests of a webhook receiver.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The name of the header that carries the signature.</summary>
    public const string HeaderName = "X-WISPGate-Signature";

    /// <summary>Computes the full header value for a body signed at <paramref name="timestamp"/> with one or more secrets.</summary>
    /// <param name="rawBody">The exact bytes of the request body.</param>
    /// <param name="timestamp">When the delivery is signed.</param>
    /// <param name="secrets">One secret, or several during a rotation (one <c>v1=</c> each).</param>
    /// <returns>The header value, e.g. <c>t=1767225600,v1=5f0c…</c>.</returns>
    public static string ComputeHeader(ReadOnlySpan<byte> rawBody, DateTimeOffset timestamp, params ReadOnlySpan<string> secrets)
    {
        if (secrets.IsEmpty)
        {
            throw new ArgumentException("At least one secret is needed.", nameof(secrets));
        }

        var unixSeconds = timestamp.ToUnixTimeSeconds();
        var header = new StringBuilder("t=").Append(unixSeconds.ToString(CultureInfo.InvariantCulture));
        foreach (var secret in secrets)
        {
            header.Append(",v1=").Append(Convert.ToHexStringLower(ComputeSignature(rawBody, unixSeconds, secret)));
        }

        return header.ToString();
    }

    /// <summary>Computes the full header value for a UTF-8 body.</summary>
    /// <param name="rawBody">The body text; signed as its UTF-8 bytes.</param>
    /// <param name="timestamp">When the delivery is signed.</param>
    /// <param name="secrets">One secret, or several during a rotation.</param>
    /// <returns>The header value.</returns>
    public static string ComputeHeader(string rawBody, DateTimeOffset timestamp, params ReadOnlySpan<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return ComputeHeader(Encoding.UTF8.GetBytes(rawBody), timestamp, secrets);
    }

    /// <summary>The raw HMAC-SHA256 of <c>"&lt;t&gt;.&lt;raw body&gt;"</c> under <paramref name="secret"/>.</summary>
    internal static byte[] ComputeSignature(ReadOnlySpan<byte> rawBody, long unixSeconds, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + rawBody.Length];
        prefix.CopyTo(signed, 0);
        rawBody.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
