namespace WISPGate.MockServer.Pipeline;

/// <summary>The answer of the idempotency cache to a new request with a key.</summary>
internal enum IdempotencyClaim
{
    /// <summary>First use of the key (or the previous use expired or did nothing): run the request.</summary>
    Run,

    /// <summary>Same key, same request, finished: replay the stored response.</summary>
    Replay,

    /// <summary>Same key, the first request is still running.</summary>
    InUse,

    /// <summary>Same key, different request.</summary>
    Reused,
}
