namespace WISPGate.MockServer;

/// <summary>
/// How the mock server delivers events to webhook endpoints: the per-attempt timeout and the waits between retries.
/// Tests use tiny delays (<c>RetryDelays = [TimeSpan.FromMilliseconds(20), …]</c>) so retries are quick.
/// </summary>
public sealed record WebhookDeliveryOptions
{
    /// <summary>
    /// The waits before each retry, in order: after attempt <c>n</c> fails, attempt <c>n + 1</c> follows after
    /// <c>RetryDelays[n - 1]</c> (wall clock). So there are at most <c>RetryDelays.Count + 1</c> attempts.
    /// Default 1 s, 5 s, 30 s (four attempts).
    /// </summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    /// <summary>How long an attempt waits for the receiver's answer before it counts as failed (default 10 s, as the contract says).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many first attempts may wait for the delivery worker (default 10,000). Past it the oldest waiting delivery is
    /// dropped and recorded as a failed attempt, so a slow receiver under heavy traffic cannot grow memory without end.
    /// </summary>
    public int MaxQueuedDeliveries { get; init; } = 10_000;

    /// <summary>The most attempts one event gets at one endpoint.</summary>
    public int MaxAttempts => RetryDelays.Count + 1;

    /// <summary>A reason the options are unusable, or null.</summary>
    internal string? Problem() =>
        Outbound.OutboundSettings.Problem("Webhooks", RetryDelays, Timeout, nameof(MaxQueuedDeliveries), MaxQueuedDeliveries);
}
