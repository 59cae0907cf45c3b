namespace WISPGate.Sdk.Errors;

/// <summary>
/// No usable answer arrived: the connection failed or dropped, an attempt or the whole call timed
/// out, or the circuit breaker is open after repeated failures. <see cref="Exception.InnerException"/>
/// holds the cause. When <see cref="WispGateException.IdempotencyKey"/> is set, calling again with
/// that key is safe: the API runs the operation at most once. <see cref="WispGateException.Attempts"/> counts the
/// attempts actually sent: <c>0</c> when an open circuit breaker refused the call before anything went out (the
/// message then says "was not sent"), and an attempt the breaker refused after earlier ones is not counted.
/// </summary>
public sealed class WispGateTransportException : WispGateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were sent (0: none, the circuit breaker refused the call).</param>
    public WispGateTransportException(string message, Exception innerException, string? idempotencyKey = null, int attempts = 1)
        : base(message, idempotencyKey, attempts, innerException)
    {
    }
}
