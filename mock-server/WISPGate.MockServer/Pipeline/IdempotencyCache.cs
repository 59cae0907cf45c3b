namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Idempotency keys scoped by tenant + key, kept 24 hours by the server clock. An entry is claimed while its
/// first request runs and then either holds the stored response or is released (the request did nothing).
/// </summary>
internal sealed class IdempotencyCache
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private const int SweepThreshold = 10_000;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _sweepAbove = SweepThreshold;
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;

    /// <summary>Creates a cache on the server clock.</summary>
    public IdempotencyCache(TimeProvider clock) => _clock = clock;

    /// <summary>Claims a key for a request with <paramref name="fingerprint"/>, or says why not.</summary>
    public IdempotencyClaim Claim(string scope, string key, string fingerprint, out StoredResponse? replay)
    {
        replay = null;
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (_entries.Count > _sweepAbove)
            {
                foreach (var expired in _entries.Where(e => e.Value.Response is not null && now - e.Value.StartedAt >= Retention).Select(e => e.Key).ToList())
                {
                    _entries.Remove(expired);
                }

                // Sweep again only once the table has doubled: keys younger than 24 h stay, and a sweep on every
                // request over the threshold would make each POST cost O(keys).
                _sweepAbove = Math.Max(SweepThreshold, _entries.Count * 2);
            }

            var id = scope + "\n" + key;
            if (_entries.TryGetValue(id, out var entry) && now - entry.StartedAt < Retention)
            {
                if (entry.Response is null)
                {
                    return IdempotencyClaim.InUse;
                }

                if (!string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal))
                {
                    return IdempotencyClaim.Reused;
                }

                replay = entry.Response;
                return IdempotencyClaim.Replay;
            }

            _entries[id] = new Entry(fingerprint, now, null);
            return IdempotencyClaim.Run;
        }
    }

    /// <summary>Stores the response of a claimed key, or releases the key when <paramref name="response"/> is null.</summary>
    public void Complete(string scope, string key, StoredResponse? response)
    {
        var id = scope + "\n" + key;
        lock (_gate)
        {
            if (response is null)
            {
                _entries.Remove(id);
            }
            else if (_entries.TryGetValue(id, out var entry))
            {
                _entries[id] = entry with { Response = response };
            }
        }
    }

    /// <summary>How many keys are claimed by a request still running (<see cref="WispGateMockServer.IdempotencyKeysInFlight"/>).</summary>
    public int InFlightCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Values.Count(entry => entry.Response is null);
            }
        }
    }

    /// <summary>Forgets every key (reset).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _sweepAbove = SweepThreshold;
        }
    }

    private sealed record Entry(string Fingerprint, DateTimeOffset StartedAt, StoredResponse? Response);
}
