namespace WISPGate.MockServer;

/// <summary>
/// How the mock server calls provisioning hooks: the per-call timeout and the waits between retries of a call that got
/// no usable answer. Tests use tiny delays (<c>RetryDelays = [TimeSpan.FromMilliseconds(20), …]</c>) so retries are quick.
/// </summary>
public sealed record ProvisioningHookOptions
{
    /// <summary>
    /// The waits before each retry, in order: after attempt <c>n</c> fails, attempt <c>n + 1</c> follows after
    /// <c>RetryDelays[n - 1]</c> (wall clock); after the last one the job is <c>failed</c>. So there are at most
    /// <c>RetryDelays.Count + 1</c> attempts. Default 1 s, 5 s, 30 s (four attempts).
    /// </summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    /// <summary>How long a call waits for the hook's answer before it counts as failed (default 10 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many first calls may wait for the worker (default 10,000). Past it the oldest waiting call is dropped and its
    /// job ends <c>failed</c>, so a slow hook under heavy traffic cannot grow memory without end.
    /// </summary>
    public int MaxQueuedCalls { get; init; } = 10_000;

    /// <summary>The most calls one job gets.</summary>
    public int MaxAttempts => RetryDelays.Count + 1;

    /// <summary>A reason the options are unusable, or null.</summary>
    internal string? Problem() =>
        Outbound.OutboundSettings.Problem("ProvisioningHooks", RetryDelays, Timeout, nameof(MaxQueuedCalls), MaxQueuedCalls);
}
