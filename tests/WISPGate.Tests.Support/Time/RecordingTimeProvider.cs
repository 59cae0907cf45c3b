using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace WISPGate.Tests.Support.Time;

/// <summary>
/// A fake clock that also records the due time of every timer created on it, so a test can wait
/// until a delay really started (and see how long it is) before moving the clock.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    /// <summary>The due time of every timer created, in order.</summary>
    public ConcurrentQueue<TimeSpan> TimerDueTimes { get; } = new();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TimerDueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
