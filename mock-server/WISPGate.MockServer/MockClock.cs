namespace WISPGate.MockServer;

/// <summary>
/// The server clock: another <see cref="TimeProvider"/> (the system clock by default) plus an offset that
/// <see cref="Advance"/> only grows (a reset clears it; loading a state snapshot sets it so the clock reads the
/// snapshot's time). Timestamps, idempotency expiry, rate-limit windows and the domains' time-driven rules read it.
/// <see cref="Advance"/> (or <c>POST /__admin/wispgate/clock/advance</c>) moves it forward.
/// Timers are the inner provider's and are not shifted.
/// </summary>
public sealed class MockClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    /// <summary>Creates a clock over <paramref name="inner"/> (the system clock when null).</summary>
    public MockClock(TimeProvider? inner = null) => _inner = inner ?? System;

    /// <summary>How far the clock was advanced beyond its inner provider.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <summary>Raised after the clock moved forward.</summary>
    internal event Action? Advanced;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset;

    /// <summary>
    /// The inner provider's time, without the advance offset: the real time of sending (what webhook signatures carry,
    /// so that receivers' tolerance checks against their own clock keep working after <see cref="Advance"/>).
    /// </summary>
    internal DateTimeOffset GetUnderlyingUtcNow() => _inner.GetUtcNow();

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock forward (time never goes back).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        Advanced?.Invoke();
    }

    /// <summary>
    /// Sets the offset so that the clock reads <paramref name="now"/> at this moment (loading a state snapshot); it may
    /// be negative when the snapshot is older than the inner provider's time. From there the clock runs on as before.
    /// </summary>
    internal void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - _inner.GetUtcNow()).Ticks);

    /// <summary>Back to the inner provider's time (reset).</summary>
    internal void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
