using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using WISPGate.Sdk.Serialization;

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
    /// <summary>
    /// The body of every public <c>WaitForCompletionAsync(this IXClient, string id, …)</c>: checks the arguments (named as
    /// the caller named them), reads the resource with <paramref name="get"/> on the area client, describes a state by
    /// its status's wire name, and polls on the client's clock (<see cref="IClientClock"/>) unless the options name one.
    /// </summary>
    /// <typeparam name="TClient">The area client.</typeparam>
    /// <typeparam name="T">The resource.</typeparam>
    /// <typeparam name="TStatus">The resource's status enum.</typeparam>
    /// <param name="client">The area client.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="get">One read: the area's <c>GetAsync(id, requestOptions, token)</c>.</param>
    /// <param name="isFinal">Whether a state is final.</param>
    /// <param name="status">The resource's status, for the timeout message.</param>
    /// <param name="what">The resource in words, e.g. <c>provisioning job</c>; the id is appended.</param>
    /// <param name="options">Interval, timeout and clock; defaults when null.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <param name="clientName">The caller's name for <paramref name="client"/> (filled in by the compiler).</param>
    /// <param name="idName">The caller's name for <paramref name="id"/> (filled in by the compiler).</param>
    /// <returns>The last read, whose resource is final.</returns>
    public static Task<WispGateResponse<T>> WaitForCompletionAsync<TClient, T, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TStatus>(
        TClient client,
        string id,
        Func<TClient, string, RequestOptions?, CancellationToken, Task<WispGateResponse<T>>> get,
        Func<T, bool> isFinal,
        Func<T, TStatus> status,
        string what,
        WaitOptions? options,
        CancellationToken cancellationToken,
        [CallerArgumentExpression(nameof(client))] string? clientName = null,
        [CallerArgumentExpression(nameof(id))] string? idName = null)
        where TClient : class
        where TStatus : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(client, clientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(id, idName);
        return WaitAsync(
            (requestOptions, token) => get(client, id, requestOptions, token),
            isFinal,
            resource => EnumWireNames<TStatus>.ToWire(status(resource)) ?? "unknown",
            $"{what} {id}",
            options,
            (client as IClientClock)?.TimeProvider,
            cancellationToken);
    }

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
