namespace WISPGate.Sdk.Errors;

/// <summary>
/// The base of every failure the SDK reports: an error answer of the API
/// (<see cref="WispGateApiException"/> and its subclasses) or no usable answer at all
/// (<see cref="WispGateTransportException"/>). Caller cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class WispGateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were made.</param>
    /// <param name="innerException">The underlying failure.</param>
    protected WispGateException(string message, string? idempotencyKey, int attempts, Exception? innerException)
        : base(message, innerException)
    {
        IdempotencyKey = idempotencyKey;
        Attempts = attempts;
    }

    /// <summary>
    /// The <c>X-Idempotency-Key</c> the call carried. Retrying the same operation with this key
    /// (<see cref="RequestOptions.IdempotencyKey"/>) cannot run it twice.
    /// </summary>
    public string? IdempotencyKey { get; }

    /// <summary>
    /// How many HTTP attempts were sent before giving up (retries included); <c>0</c> for a
    /// <see cref="WispGateTransportException"/> whose call an open circuit breaker refused before sending anything.
    /// </summary>
    public int Attempts { get; }
}
