namespace WISPGate.Sdk.Waiting;

/// <summary>
/// The polling loop behind every <c>WaitForCompletionAsync</c>: reads the resource, returns it once <c>isFinal</c> says
/// so, else waits <see cref="WaitOptions.PollingInterval"/> on the options' (or the client's) clock and reads again, for at
/// most <see cref="WaitOptions.Timeout"/>. A final state is data (a <c>nak</c> job, a <c>failed</c> run is returned, not
/// thrown); only the timeout (<see cref="TimeoutException"/> naming the last state), the caller's token and the read's
/// own errors end the wait otherwise. Generic so that every long-running resource (workflow runs too) waits the same way.
/// </summary>
internal static class Poller
{
    /// <summary>Polls until the resource is final.</summary>
    /// <typeparam name="T">The resource.</typeparam>
    /// <param name="read">Reads the resource once (one GET), with the token to honour.</param>
    /// <param name="isFinal">Whether a state is final.</param>
    /// <param name="describe">The state in words for the timeout message (e.g. its status wire name).</param>
    /// <param name="what">What is waited for, for the timeout message (e.g. <c>provisioning job job_000001</c>).</param>
    /// <param name="options">Interval, timeout and clock; defaults when null.</param>
    /// <param name="clientClock">The client's clock, used when the options name none.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The last read, whose resource is final.</returns>
    public static async Task<WispGateResponse<T>> WaitAsync<T>(
        Func<RequestOptions?, CancellationToken, Task<WispGateResponse<T>>> read,
        Func<T, bool> isFinal,
        Func<T, string> describe,
        string what,
        WaitOptions? options,
        TimeProvider? clientClock,
        CancellationToken cancellationToken)
    {
        options ??= new WaitOptions();
        if (options.PollingInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PollingInterval, "WaitOptions.PollingInterval must be positive.");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "WaitOptions.Timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var clock = options.TimeProvider ?? clientClock ?? TimeProvider.System;
        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        WispGateResponse<T>? last = null;
        var polls = 0;
        try
        {
            while (true)
            {
                last = await read(options.RequestOptions, linked.Token).ConfigureAwait(false);
                polls++;
                if (isFinal(last.Data))
                {
                    return last;
                }

                await Task.Delay(options.PollingInterval, clock, linked.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The deadline cancelled a poll or the pause between two: a timeout, whatever shape the cancellation took.
            var state = last is null ? "not read yet" : $"still '{describe(last.Data)}'";
            throw new TimeoutException(
                $"Gave up waiting for {what} after {options.Timeout} ({polls} polls): it is {state}. " +
                "Wait longer with WaitOptions.Timeout, or poll it again later.",
                e);
        }
    }
}
