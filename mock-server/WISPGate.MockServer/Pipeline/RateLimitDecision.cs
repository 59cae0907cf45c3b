namespace WISPGate.MockServer.Pipeline;

/// <summary>The outcome of counting a request: allowed or not, and the numbers for the <c>RateLimit-*</c> headers.</summary>
internal readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);
