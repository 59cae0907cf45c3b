using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WISPGate.MockServer.Tests.Webhooks;

/// <summary>
/// The tests' own check of <c>X-WISPGate-Signature</c>, written from the design (not the server's code):
/// <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>, any <c>v1</c> may match.
/// </summary>
public static class WebhookSignatures
{
    /// <summary>The timestamp of a header, and whether one of its v1 signatures matches the body under the secret.</summary>
    public static (long Timestamp, bool Valid) Verify(string? header, string secret, byte[] body)
    {
        if (header is null)
        {
            return (0, false);
        }

        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.Where(p => p[0] == "t").Select(p => p[1]).SingleOrDefault();
        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return (0, false);
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray());
        var valid = parts.Where(p => p[0] == "v1").Any(p =>
        {
            try
            {
                return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(p[1]), expected);
            }
            catch (FormatException)
            {
                return false;
            }
        });
        return (timestamp, valid);
    }
}
