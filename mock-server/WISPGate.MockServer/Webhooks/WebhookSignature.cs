using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// The <c>X-WISPGate-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>,
/// lower-case hex, the secret's UTF-8 bytes as the key.
/// </summary>
internal static class WebhookSignature
{
    /// <summary>The header value for a body signed at <paramref name="timestamp"/> with one secret.</summary>
    public static string Header(string secret, long timestamp, byte[] body) => Header([secret], timestamp, body);

    /// <summary>
    /// The header value for a body signed at <paramref name="timestamp"/> with each secret in order: one <c>v1=</c> per
    /// secret (during a secret rotation: the new secret's first, then the previous one's).
    /// </summary>
    public static string Header(IReadOnlyList<string> secrets, long timestamp, byte[] body)
    {
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        var payload = new byte[Encoding.UTF8.GetByteCount(t) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(t, payload);
        payload[written] = (byte)'.';
        body.CopyTo(payload, written + 1);
        var header = new StringBuilder("t=").Append(t);
        foreach (var secret in secrets)
        {
            header.Append(",v1=").Append(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload)));
        }

        return header.ToString();
    }

    /// <summary>A new signing secret: <c>whsec_</c> and 32 random hex digits.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
