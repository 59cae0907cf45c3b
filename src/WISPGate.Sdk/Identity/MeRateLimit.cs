namespace WISPGate.Sdk.Identity;

/// <summary>The token's current rate-limit window (the same numbers as the response's <c>RateLimit-*</c> headers).</summary>
public sealed record MeRateLimit
{
    /// <summary>Requests allowed per window.</summary>
    public required int Limit { get; init; }

    /// <summary>Requests left in the current window.</summary>
    public required int Remaining { get; init; }

    /// <summary>Seconds until the window resets.</summary>
    public required int Reset { get; init; }
}
