namespace WISPGate.MockServer.Identity;

/// <summary>The rate-limit window of getMe (<c>MeRateLimit</c>): the numbers of the response's <c>RateLimit-*</c> headers.</summary>
internal sealed record MeRateLimit(int Limit, int Remaining, int Reset);
