using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// The default <see cref="IWispGateWebhookDeduplicationStore"/>: processed ids in memory for
/// <see cref="WispGateWebhookOptions.DeduplicationWindow"/>, at most <see cref="WispGateWebhookOptions.DeduplicationCapacity"/>
/// of them (the oldest are forgotten first). Claims in progress are not counted: each one belongs to a request that
/// ends by marking or releasing it.
/// </summary>
internal sealed class InMemoryWebhookDeduplicationStore(IOptionsMonitor<WispGateWebhookOptions> options, TimeProvider timeProvider)
    : IWispGateWebhookDeduplicationStore
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _processed = new(StringComparer.Ordinal);

    // Processed ids in the order they were recorded, with their expiry (an entry whose expiry no longer matches the
    // dictionary's is stale and skipped).
    private readonly Queue<(string EventId, DateTimeOffset ExpiresAt)> _order = new();

    /// <summary>How many processed ids are remembered now (for tests).</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                Trim(timeProvider.GetUtcNow(), options.CurrentValue.DeduplicationCapacity);
                return _processed.Count;
            }
        }
    }

    public ValueTask<WispGateWebhookClaim> TryClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            Trim(now, options.CurrentValue.DeduplicationCapacity);
            if (_processed.TryGetValue(eventId, out var expiresAt) && expiresAt > now)
            {
                return ValueTask.FromResult(WispGateWebhookClaim.AlreadyProcessed);
            }

            return ValueTask.FromResult(_inProgress.Add(eventId) ? WispGateWebhookClaim.Claimed : WispGateWebhookClaim.InProgress);
        }
    }

    public ValueTask MarkProcessedAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var current = options.CurrentValue;
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            _inProgress.Remove(eventId);
            var expiresAt = now + current.DeduplicationWindow;
            _processed[eventId] = expiresAt;
            _order.Enqueue((eventId, expiresAt));
            Trim(now, current.DeduplicationCapacity);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_lock)
        {
            _inProgress.Remove(eventId);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Forgets expired ids and, past the capacity, the oldest ones. Runs under the lock.</summary>
    private void Trim(DateTimeOffset now, int capacity)
    {
        while (_order.TryPeek(out var oldest))
        {
            var current = _processed.TryGetValue(oldest.EventId, out var expiresAt) && expiresAt == oldest.ExpiresAt;
            if (current && oldest.ExpiresAt > now && _processed.Count <= capacity)
            {
                return;
            }

            _order.Dequeue();
            if (current)
            {
                _processed.Remove(oldest.EventId);
            }
        }
    }
}
