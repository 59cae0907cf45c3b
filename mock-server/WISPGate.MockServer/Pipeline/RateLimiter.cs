using System.Collections.Concurrent;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Fixed one-second windows per key, read from the server clock. Hand-made rather than
/// System.Threading.RateLimiting because those limiters replenish on real timers, and tests must be able
/// to move time with the server clock.
/// </summary>
internal sealed class RateLimiter
{
    // A window is one clock second, so whatever the moment, it resets within the next second: RateLimit-Reset is 1.
    private const int WindowSeconds = 1;

    /// <summary>Beyond this many keys, a new key first drops the windows of past seconds.</summary>
    public const int MaxTrackedKeys = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>Creates a limiter of <paramref name="limitPerSecond"/> requests per key and second.</summary>
    public RateLimiter(int limitPerSecond, TimeProvider clock)
    {
        Limit = limitPerSecond;
        _clock = clock;
    }

    /// <summary>Requests per key per second.</summary>
    public int Limit { get; }

    /// <summary>Counts one request for a key.</summary>
    public RateLimitDecision Acquire(string key)
    {
        var now = _clock.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        if (!_windows.TryGetValue(key, out var window))
        {
            // Only a new key can grow the table (and Count takes every lock of the dictionary: not on every request).
            if (_windows.Count > MaxTrackedKeys)
            {
                // Memory stays flat: windows of past seconds carry no information.
                foreach (var stale in _windows.Where(w => w.Value.Second != second).Select(w => w.Key).ToList())
                {
                    _windows.TryRemove(stale, out _);
                }
            }

            window = _windows.GetOrAdd(key, _ => new Window());
        }

        lock (window)
        {
            if (window.Second != second)
            {
                window.Second = second;
                window.Count = 0;
            }

            window.Count++;
            return new RateLimitDecision(window.Count <= Limit, Limit, Math.Max(0, Limit - window.Count), WindowSeconds);
        }
    }

    /// <summary>How many keys the limiter holds a window for (bounded: about <c>MaxTrackedKeys</c> plus the current second's keys).</summary>
    public int TrackedKeys => _windows.Count;

    /// <summary>Forgets all counts (reset).</summary>
    public void Clear() => _windows.Clear();

    private sealed class Window
    {
        public long Second { get; set; } = long.MinValue;

        public int Count { get; set; }
    }
}
