namespace WISPGate.Sdk;

/// <summary>
/// How a <c>WaitForCompletionAsync</c> waiter polls a long-running resource (a provisioning job, a reconciliation run)
/// until it reaches a final state, as Azure's <c>Operation&lt;T&gt;.WaitForCompletionAsync</c>: every
/// <see cref="PollingInterval"/> on <see cref="TimeProvider"/>, for at most <see cref="Timeout"/>.
/// </summary>
public sealed record WaitOptions
{
    /// <summary>The default time between two polls: one second.</summary>
    public static readonly TimeSpan DefaultPollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>The default longest wait: five minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The time between the end of one poll and the start of the next. Default one second; must be positive.</summary>
    public TimeSpan PollingInterval { get; init; } = DefaultPollingInterval;

    /// <summary>
    /// The longest the waiter waits for a final state, polls included; then it throws a <see cref="TimeoutException"/>
    /// naming the last state seen. Default five minutes; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits
    /// until the state is final or the token is cancelled.
    /// </summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// The clock the interval and timeout run on; <see langword="null"/> (default) for the client's
    /// (the <see cref="System.TimeProvider"/> registered in its container, else <see cref="System.TimeProvider.System"/>).
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Per-call settings of every poll (e.g. a tenant or extra headers); <see langword="null"/> for none.</summary>
    public RequestOptions? RequestOptions { get; init; }
}
