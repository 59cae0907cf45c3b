using System.Globalization;
using System.Net.Http.Headers;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk;

/// <summary>
/// The token's rate-limit window as an answer reported it (the <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and
/// <c>RateLimit-Reset</c> headers): slow down before <see cref="Remaining"/> reaches 0 instead of waiting for a 429.
/// </summary>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="Reset">How long until the window resets.</param>
public sealed record WispGateRateLimit(int Limit, int Remaining, TimeSpan Reset)
{
    internal const string LimitHeader = "RateLimit-Limit";
    internal const string RemainingHeader = "RateLimit-Remaining";
    internal const string ResetHeader = "RateLimit-Reset";

    /// <summary>The window of an answer; <see langword="null"/> when it did not carry all three headers as numbers.</summary>
    internal static WispGateRateLimit? FromHeaders(HttpResponseHeaders headers) =>
        Number(headers, LimitHeader) is { } limit
        && Number(headers, RemainingHeader) is { } remaining
        && Number(headers, ResetHeader) is { } reset
            ? new WispGateRateLimit(limit, remaining, TimeSpan.FromSeconds(reset))
            : null;

    private static int? Number(HttpResponseHeaders headers, string name) =>
        int.TryParse(WispGateHeaders.FirstValue(headers, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
