using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Webhooks;

/// <summary>
/// Verifies the <c>X-WISPGate-Signature</c> header of a webhook delivery: the HMAC-SHA256 over
/// <c>"&lt;t&gt;.&lt;raw body&gt;"</c>, compared in constant time against every <c>v1=</c> value
/// (several appear during a secret rotation), and a timestamp within the tolerance.
/// Immutable and safe to share.
/// </summary>
public sealed class WebhookSignatureVerifier
{
    private readonly WebhookVerifierOptions _options;

    /// <summary>Creates a verifier.</summary>
    /// <param name="options">Tolerance and clock; defaults when null.</param>
    public WebhookSignatureVerifier(WebhookVerifierOptions? options = null)
    {
        _options = options ?? new WebhookVerifierOptions();
        if (_options.Tolerance < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "WebhookVerifierOptions.Tolerance must not be negative.");
        }
    }

    /// <summary>Verifies a delivery whose body is given as text (its UTF-8 bytes are what was signed).</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <param name="secret">The endpoint's signing secret.</param>
    /// <exception cref="WebhookSignatureException">A check failed; <see cref="WebhookSignatureException.Failure"/> says which.</exception>
    public void Verify(string rawBody, string? signatureHeader, string secret)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        Verify(Encoding.UTF8.GetBytes(rawBody), signatureHeader, secret);
    }

    /// <summary>Verifies a delivery given the raw body bytes.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <param name="secret">The endpoint's signing secret.</param>
    /// <exception cref="WebhookSignatureException">A check failed; <see cref="WebhookSignatureException.Failure"/> says which.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, string? signatureHeader, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var (unixSeconds, signatures) = ParseHeader(signatureHeader);

        var expected = WebhookSignature.ComputeSignature(rawBody, unixSeconds, secret);
        var matched = false;
        foreach (var candidate in signatures)
        {
            // Every candidate is compared, so the time taken does not depend on which one matches.
            matched |= candidate.Length == expected.Length && CryptographicOperations.FixedTimeEquals(candidate, expected);
        }

        if (!matched)
        {
            throw new WebhookSignatureException(
                WebhookSignatureFailure.SignatureMismatch,
                "No v1 signature in the X-WISPGate-Signature header matches the body signed with this secret.");
        }

        CheckTimestamp(unixSeconds);
    }

    /// <summary>
    /// Verifies a delivery, then reads its body as an <see cref="Event"/> whose <see cref="EventData.Object"/>
    /// is the typed resource. Nothing is parsed before the signature and timestamp check out.
    /// </summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <param name="secret">The endpoint's signing secret.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookSignatureException">
    /// A check failed, or (<see cref="WebhookSignatureFailure.InvalidEvent"/>) the signed body is not an event.
    /// </exception>
    public Event ConstructEvent(string rawBody, string? signatureHeader, string secret)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return ConstructEvent(Encoding.UTF8.GetBytes(rawBody), signatureHeader, secret);
    }

    /// <summary>Verifies a delivery given the raw body bytes, then reads it as an <see cref="Event"/>.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <param name="secret">The endpoint's signing secret.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookSignatureException">
    /// A check failed, or (<see cref="WebhookSignatureFailure.InvalidEvent"/>) the signed body is not an event.
    /// </exception>
    public Event ConstructEvent(ReadOnlySpan<byte> rawBody, string? signatureHeader, string secret)
    {
        Verify(rawBody, signatureHeader, secret);
        try
        {
            return JsonSerializer.Deserialize(rawBody, WispGateJson.Options.GetTypeInfo(typeof(Event))) as Event
                ?? throw InvalidEvent("it is JSON null");
        }
        catch (JsonException e)
        {
            // The serializer's message names the JSON path and position, never the body's content.
            throw InvalidEvent(e.Message, e);
        }
    }

    private static WebhookSignatureException InvalidEvent(string why, Exception? inner = null) =>
        new(WebhookSignatureFailure.InvalidEvent, $"The webhook body is signed correctly but is not a WISPGate event: {why}", inner);

    private void CheckTimestamp(long unixSeconds)
    {
        var now = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var toleranceSeconds = (long)_options.Tolerance.TotalSeconds;
        if (now - unixSeconds > toleranceSeconds)
        {
            throw new WebhookSignatureException(
                WebhookSignatureFailure.TimestampTooOld,
                $"The signature timestamp is {now - unixSeconds} s old, more than the tolerance of {toleranceSeconds} s.");
        }

        if (unixSeconds - now > toleranceSeconds)
        {
            throw new WebhookSignatureException(
                WebhookSignatureFailure.TimestampInFuture,
                $"The signature timestamp is {unixSeconds - now} s in the future, more than the tolerance of {toleranceSeconds} s.");
        }
    }

    private static (long UnixSeconds, List<byte[]> Signatures) ParseHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.MissingHeader, "The X-WISPGate-Signature header is missing.");
        }

        long? unixSeconds = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw Malformed($"the element '{Excerpt(part)}' is not key=value");
            }

            var key = part[..separator];
            var value = part[(separator + 1)..];
            switch (key)
            {
                case "t" when unixSeconds is not null:
                    throw Malformed("it carries more than one t= timestamp");
                case "t":
                    if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                    {
                        throw Malformed("t= is not a unix timestamp in seconds");
                    }

                    unixSeconds = parsed;
                    break;
                case "v1":
                    // A value that is not hex cannot match; it is skipped rather than failing a rotation header.
                    if (TryFromHex(value, out var signature))
                    {
                        signatures.Add(signature);
                    }

                    break;
                default:
                    // Other schemes (v0, future v2) are ignored, as the contract asks of receivers.
                    break;
            }
        }

        if (unixSeconds is null)
        {
            throw Malformed("it has no t= timestamp");
        }

        if (signatures.Count == 0)
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.NoSignature, "The X-WISPGate-Signature header carries no v1= signature.");
        }

        return (unixSeconds.Value, signatures);
    }

    private static bool TryFromHex(string value, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(value);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private static WebhookSignatureException Malformed(string why) =>
        new(WebhookSignatureFailure.MalformedHeader, $"The X-WISPGate-Signature header is malformed: {why}.");

    private static string Excerpt(string value) => value.Length <= 32 ? value : value[..32] + "…";
}
