namespace WISPGate.Sdk.Webhooks;

/// <summary>Which check of an <c>X-WISPGate-Signature</c> verification failed.</summary>
public enum WebhookSignatureFailure
{
    /// <summary>The header was missing or empty.</summary>
    MissingHeader,

    /// <summary>The header is not a list of <c>key=value</c> pairs with one <c>t=</c> unix timestamp.</summary>
    MalformedHeader,

    /// <summary>The header carries no <c>v1=</c> signature.</summary>
    NoSignature,

    /// <summary>No <c>v1=</c> signature matches the body signed with the given secret.</summary>
    SignatureMismatch,

    /// <summary>The timestamp is older than the tolerance allows (a replayed delivery).</summary>
    TimestampTooOld,

    /// <summary>The timestamp lies further in the future than the tolerance allows.</summary>
    TimestampInFuture,

    /// <summary>The signature checked out, but the body is not a WISPGate event (<see cref="WebhookSignatureVerifier.ConstructEvent(string, string?, string)"/>).</summary>
    InvalidEvent,

    /// <summary>
    /// The signature checked out, but the body is not a provisioning hook call
    /// (<see cref="Provisioning.ProvisioningHookReceiver.ConstructCall(string, string?)"/>).
    /// </summary>
    InvalidHookCall,
}
