using Microsoft.Extensions.Time.Testing;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// The background run of the clock hooks (due work completes while time passes, without a request) with an injected
/// clock: moving it far ahead runs the hooks once, not once for every interval skipped, and they keep running after.
/// </summary>
public sealed class ClockHookTimerTests
{
    [Fact]
    public async Task Advancing_an_injected_clock_by_a_day_runs_the_background_hooks_once_and_keeps_them_scheduled()
    {
        var time = new CountingTimeProvider(new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero)));
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { TimeProvider = time });
        var before = time.TimerCallbacks;

        time.Fake.Advance(TimeSpan.FromDays(1));
        var afterADay = time.TimerCallbacks - before;
        time.Fake.Advance(TimeSpan.FromSeconds(1));
        var afterASecondMore = time.TimerCallbacks - before - afterADay;

        // A periodic timer would have fired 345,600 times (one per 250 ms skipped) while the first run caught up.
        afterADay.Should().BeInRange(1, 3);
        afterASecondMore.Should().BeInRange(1, 3, "the timer is armed again after each run");
    }

    /// <summary>A <see cref="FakeTimeProvider"/> that counts how often its timers call back.</summary>
    private sealed class CountingTimeProvider(FakeTimeProvider fake) : TimeProvider
    {
        private int _timerCallbacks;

        public FakeTimeProvider Fake => fake;

        public int TimerCallbacks => Volatile.Read(ref _timerCallbacks);

        public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

        public override long GetTimestamp() => fake.GetTimestamp();

        public override long TimestampFrequency => fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            fake.CreateTimer(
                s =>
                {
                    Interlocked.Increment(ref _timerCallbacks);
                    callback(s);
                },
                state,
                dueTime,
                period);
    }
}
