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

    /// <summary>Creates the exception for one failed check, with the error that caused it.</summary>
    /// <param name="failure">The check that failed.</param>
    /// <param name="message">A message that names the check (never the secret).</param>
    /// <param name="innerException">The error that caused the failure, if any.</param>
    public WebhookSignatureException(WebhookSignatureFailure failure, string message, Exception? innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }
}
