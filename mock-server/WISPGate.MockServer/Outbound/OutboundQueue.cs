using System.Collections.Concurrent;
using System.Threading.Channels;

namespace WISPGate.MockServer.Outbound;

/// <summary>
/// Background work that calls out of the server (webhook deliveries, provisioning hook calls), with retries: a bounded
/// <see cref="Channel{T}"/> of first attempts that one worker makes in order, and a retry schedule per item that runs on
/// its own after a failed attempt (attempt <c>n + 1</c> follows <c>retryDelays[n - 1]</c> later, wall clock). The queue is
/// bounded so that a slow or dead receiver under heavy traffic cannot grow memory without end: when it is full the
/// oldest waiting item is dropped and handed to <c>dropped</c>, never lost silently. Stopping ends the worker and the
/// retries waiting for their turn.
/// </summary>
/// <typeparam name="T">One unit of work.</typeparam>
internal sealed class OutboundQueue<T>
    where T : class
{
    private readonly Channel<T> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _retries = new();
    private readonly IReadOnlyList<TimeSpan> _retryDelays;
    private readonly Func<T, int, CancellationToken, Task<bool>> _attempt;
    private readonly Lazy<Task> _worker;

    /// <summary>
    /// Creates a queue (its worker starts with the first item). <paramref name="attempt"/> makes attempt <c>n</c> (1-based)
    /// of an item and answers whether another attempt is wanted.
    /// </summary>
    public OutboundQueue(int capacity, IReadOnlyList<TimeSpan> retryDelays, Func<T, int, CancellationToken, Task<bool>> attempt, Action<T> dropped)
    {
        _retryDelays = retryDelays;
        _attempt = attempt;
        _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest }, dropped);
        _worker = new Lazy<Task>(() => Task.Run(RunAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Signalled when the queue stops.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Whether the queue is stopping (new items are not taken).</summary>
    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>The most attempts one item gets.</summary>
    public int MaxAttempts => _retryDelays.Count + 1;

    /// <summary>Queues an item for its first attempt.</summary>
    public void Enqueue(T item)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _queue.Writer.TryWrite(item);
        _ = _worker.Value;
    }

    /// <summary>Stops the worker and the retries waiting for their turn.</summary>
    public async ValueTask StopAsync()
    {
        await _stopping.CancelAsync();
        _queue.Writer.TryComplete();
        if (_worker.IsValueCreated)
        {
            await _worker.Value;
        }

        await Task.WhenAll(_retries.Keys);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                if (await _attempt(item, 1, _stopping.Token) && MaxAttempts > 1)
                {
                    var retry = RetryAsync(item);
                    _retries.TryAdd(retry, true);
                    _ = retry.ContinueWith(done => _retries.TryRemove(done, out _), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RetryAsync(T item)
    {
        try
        {
            for (var attempt = 2; attempt <= MaxAttempts; attempt++)
            {
                await Task.Delay(_retryDelays[attempt - 2], _stopping.Token);
                if (!await _attempt(item, attempt, _stopping.Token))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
