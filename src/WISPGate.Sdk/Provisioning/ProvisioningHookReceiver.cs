using System.Text;
using System.Text.Json;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// The receiving end of a provisioning hook: verifies the <c>X-WISPGate-Signature</c> of a hook call exactly as
/// <see cref="WebhookSignatureVerifier"/> does for webhook deliveries (HMAC-SHA256 over <c>"&lt;t&gt;.&lt;raw body&gt;"</c>,
/// constant-time comparison, timestamp within the tolerance), against one secret or several during a rotation, then
/// reads the body as a typed <see cref="ProvisioningHookCall"/>. Answer with <see cref="ProvisioningHookAnswer.Acked"/> or
/// <see cref="ProvisioningHookAnswer.Nak(int, string?)"/> (<see cref="ProvisioningHookAnswer.ToJson"/>), or <c>202</c> and a
/// later <see cref="IProvisioningJobsClient.AckAsync"/>. Immutable and safe to share.
/// <code>
/// var receiver = new ProvisioningHookReceiver(hookSecret);   // or new([oldSecret, newSecret], options) during a rotation
/// ProvisioningHookCall call = receiver.ConstructCall(rawBody, request.Headers[ProvisioningHookReceiver.SignatureHeaderName]);
/// return Results.Text(ProvisioningHookAnswer.Acked().ToJson(), ProvisioningHookAnswer.ContentType);
/// </code>
/// </summary>
public sealed class ProvisioningHookReceiver
{
    /// <summary>The name of the header that carries the signature, <c>X-WISPGate-Signature</c>.</summary>
    public const string SignatureHeaderName = WebhookSignature.HeaderName;

    private readonly WebhookSignatureVerifier _verifier;
    private readonly string[] _secrets;

    /// <summary>Creates a receiver for a hook's signing secret, with the default tolerance (300 seconds) and the system clock.</summary>
    /// <param name="secret">The hook's <see cref="ProvisioningHook.Secret"/> (<c>whsec_…</c>).</param>
    public ProvisioningHookReceiver(string secret)
        : this([secret])
    {
    }

    /// <summary>
    /// Creates a receiver that accepts a call signed with any of several secrets: during a rotation, the old hook's and
    /// the new hook's secret.
    /// </summary>
    /// <param name="secrets">One or more signing secrets, none empty.</param>
    /// <param name="options">Tolerance and clock; defaults (300 seconds, system clock) when null.</param>
    public ProvisioningHookReceiver(IEnumerable<string> secrets, WebhookVerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = [.. secrets];
        if (_secrets.Length == 0)
        {
            throw new ArgumentException("At least one secret is needed.", nameof(secrets));
        }

        foreach (var secret in _secrets)
        {
            ArgumentException.ThrowIfNullOrEmpty(secret, nameof(secrets));
        }

        _verifier = new WebhookSignatureVerifier(options);
    }

    /// <summary>Verifies a hook call given the raw body bytes.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <exception cref="WebhookSignatureException">A check failed; <see cref="WebhookSignatureException.Failure"/> says which.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        WebhookSignatureException? mismatch = null;
        foreach (var secret in _secrets)
        {
            try
            {
                _verifier.Verify(rawBody, signatureHeader, secret);
                return;
            }
            catch (WebhookSignatureException e) when (e.Failure == WebhookSignatureFailure.SignatureMismatch)
            {
                // Another secret may match; a malformed header or a stale timestamp (checked after a match) fails at once.
                mismatch = e;
            }
        }

        throw new WebhookSignatureException(
            WebhookSignatureFailure.SignatureMismatch,
            _secrets.Length == 1
                ? mismatch!.Message
                : $"No v1 signature in the X-WISPGate-Signature header matches the body signed with any of the {_secrets.Length} secrets.");
    }

    /// <summary>Verifies a hook call whose body is given as text (its UTF-8 bytes are what was signed).</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <exception cref="WebhookSignatureException">A check failed; <see cref="WebhookSignatureException.Failure"/> says which.</exception>
    public void Verify(string rawBody, string? signatureHeader)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        Verify(Encoding.UTF8.GetBytes(rawBody), signatureHeader);
    }

    /// <summary>Verifies a hook call, then reads its body. Nothing is parsed before the signature and timestamp check out.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <returns>The call: the job and what the network needs to carry it out.</returns>
    /// <exception cref="WebhookSignatureException">
    /// A check failed, or (<see cref="WebhookSignatureFailure.InvalidHookCall"/>) the signed body is not a hook call.
    /// </exception>
    public ProvisioningHookCall ConstructCall(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        Verify(rawBody, signatureHeader);
        try
        {
            return JsonSerializer.Deserialize(rawBody, WispGateJson.Options.GetTypeInfo(typeof(ProvisioningHookCall))) as ProvisioningHookCall
                ?? throw InvalidCall("it is JSON null");
        }
        catch (JsonException e)
        {
            // The serializer's message names the JSON path and position, never the body's content.
            throw InvalidCall(e.Message, e);
        }
    }

    /// <summary>Verifies a hook call whose body is given as text, then reads it.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>X-WISPGate-Signature</c> header.</param>
    /// <returns>The call.</returns>
    /// <exception cref="WebhookSignatureException">
    /// A check failed, or (<see cref="WebhookSignatureFailure.InvalidHookCall"/>) the signed body is not a hook call.
    /// </exception>
    public ProvisioningHookCall ConstructCall(string rawBody, string? signatureHeader)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return ConstructCall(Encoding.UTF8.GetBytes(rawBody), signatureHeader);
    }

    private static WebhookSignatureException InvalidCall(string why, Exception? inner = null) =>
        new(WebhookSignatureFailure.InvalidHookCall, $"The hook call is signed correctly but is not a provisioning hook call: {why}", inner);
}
