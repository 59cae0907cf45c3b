using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Idempotency keys scoped by tenant + key, kept 24 hours by the server clock and at most
/// <c>maxKeysPerTenant</c> per tenant (the oldest go first, like a log: a long-running sandbox stays bounded). An entry
/// is claimed while its first request runs and then either holds the stored response or is released (the request did
/// nothing).
/// </summary>
internal sealed class IdempotencyCache
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly Dictionary<string, TenantKeys> _tenants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly int _maxKeysPerTenant;

    /// <summary>Creates a cache on the server clock.</summary>
    public IdempotencyCache(TimeProvider clock, int maxKeysPerTenant)
    {
        _clock = clock;
        _maxKeysPerTenant = maxKeysPerTenant;
    }

    /// <summary>Claims a key for a request with <paramref name="fingerprint"/>, or says why not.</summary>
    public IdempotencyClaim Claim(string scope, string key, string fingerprint, out RenderedResponse? replay)
    {
        replay = null;
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (!_tenants.TryGetValue(scope, out var keys))
            {
                _tenants[scope] = keys = new TenantKeys();
            }

            keys.Expire(now);
            if (keys.ByKey.TryGetValue(key, out var node))
            {
                var entry = node.Value;
                if (now - entry.StartedAt < Retention)
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

                keys.Remove(node);
            }

            keys.Append(new Entry(key, fingerprint, now));
            keys.Trim(_maxKeysPerTenant);
            return IdempotencyClaim.Run;
        }
    }

    /// <summary>Stores the response of a claimed key, or releases the key when <paramref name="response"/> is null.</summary>
    public void Complete(string scope, string key, RenderedResponse? response)
    {
        lock (_gate)
        {
            if (!_tenants.TryGetValue(scope, out var keys) || !keys.ByKey.TryGetValue(key, out var node))
            {
                return;
            }

            if (response is null)
            {
                keys.Remove(node);
            }
            else
            {
                node.Value.Response = response;
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
                return _tenants.Values.Sum(keys => keys.Order.Count(entry => entry.Response is null));
            }
        }
    }

    /// <summary>
    /// The finished keys of one tenant, oldest first, with their stored responses (what a state snapshot keeps; keys of
    /// requests still running are left out: their answer does not exist yet).
    /// </summary>
    public IReadOnlyList<Snapshots.IdempotencyRecord> Export(string scope)
    {
        lock (_gate)
        {
            return _tenants.TryGetValue(scope, out var keys)
                ? keys.Order.Where(e => e.Response is not null).Select(e => new Snapshots.IdempotencyRecord(e.Key, e.Fingerprint, e.StartedAt, e.Response!)).ToList()
                : [];
        }
    }

    /// <summary>Replaces one tenant's keys with those of a state snapshot (oldest first), or every tenant's when <paramref name="all"/>.</summary>
    public void Import(IReadOnlyDictionary<string, IReadOnlyList<Snapshots.IdempotencyRecord>> records, bool all)
    {
        lock (_gate)
        {
            if (all)
            {
                _tenants.Clear();
            }

            foreach (var (scope, list) in records)
            {
                var keys = _tenants[scope] = new TenantKeys();
                foreach (var record in list)
                {
                    keys.Append(new Entry(record.Key, record.Fingerprint, record.CreatedAt) { Response = record.Response });
                }

                keys.Trim(_maxKeysPerTenant);
            }
        }
    }

    /// <summary>Forgets every key (reset).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _tenants.Clear();
        }
    }

    /// <summary>One tenant's keys in the order they were claimed (= by age, as the clock only moves forward until a reset).</summary>
    private sealed class TenantKeys
    {
        public Dictionary<string, LinkedListNode<Entry>> ByKey { get; } = new(StringComparer.Ordinal);

        public LinkedList<Entry> Order { get; } = new();

        public void Append(Entry entry) => ByKey[entry.Key] = Order.AddLast(entry);

        public void Remove(LinkedListNode<Entry> node)
        {
            ByKey.Remove(node.Value.Key);
            Order.Remove(node);
        }

        // Expired keys are the oldest: drop them from the front, O(1) per key instead of sweeping the table.
        public void Expire(DateTimeOffset now)
        {
            while (Order.First is { Value.Response: not null } first && now - first.Value.StartedAt >= Retention)
            {
                Remove(first);
            }
        }

        // Over the limit, the oldest completed keys go; a key whose request still runs stays until it completes.
        public void Trim(int max)
        {
            for (var node = Order.First; node is not null && Order.Count > max;)
            {
                var next = node.Next;
                if (node.Value.Response is not null)
                {
                    Remove(node);
                }

                node = next;
            }
        }
    }

    private sealed class Entry(string key, string fingerprint, DateTimeOffset startedAt)
    {
        public string Key { get; } = key;

        public string Fingerprint { get; } = fingerprint;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public RenderedResponse? Response { get; set; }
    }
}
