namespace WISPGate.Sdk.Webhooks;

/// <summary>A webhook delivery failed signature verification; <see cref="Failure"/> says which check.</summary>
public sealed class WebhookSignatureException : Exception
{
    /// <summary>Creates the exception for one failed check.</summary>
    /// <param name="failure">The check that failed.</param>
    /// <param name="message">A message that names the check (never the secret).</param>
    public WebhookSignatureException(WebhookSignatureFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    /// <summary>The check that failed.</summary>
    public WebhookSignatureFailure Failure { get; }
}
