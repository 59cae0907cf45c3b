using Microsoft.Extensions.Time.Testing;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// The rate limiter's memory stays bounded however many tokens a long-running server sees: past
/// <see cref="RateLimiter.MaxTrackedKeys"/> keys, a new key drops the windows of past seconds (they carry nothing),
/// and the current second's counts survive.
/// </summary>
public sealed class RateLimiterBoundTests
{
    [Fact]
    public void Up_to_the_bound_every_key_is_kept_and_past_it_a_new_key_drops_the_windows_of_past_seconds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero));
        var limiter = new RateLimiter(2, time);
        for (var i = 0; i < RateLimiter.MaxTrackedKeys; i++)
        {
            limiter.Acquire($"old-{i}");
        }

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Acquire("at-the-bound");
        var atTheBound = limiter.TrackedKeys;
        limiter.Acquire("past-the-bound");
        var pastTheBound = limiter.TrackedKeys;
        var secondOfThisSecond = limiter.Acquire("at-the-bound");
        var thirdOfThisSecond = limiter.Acquire("at-the-bound");

        atTheBound.Should().Be(RateLimiter.MaxTrackedKeys + 1, "at the bound nothing is dropped yet");
        pastTheBound.Should().Be(2, "only this second's keys are left");
        secondOfThisSecond.Allowed.Should().BeTrue();
        thirdOfThisSecond.Allowed.Should().BeFalse("the current second's count survived the sweep: a third request is over a limit of 2");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(300, 1)]
    [InlineData(999, 1)]
    public void A_decision_counts_down_and_says_when_the_window_resets(int millisecondsIntoTheSecond, int resetSeconds)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero).AddMilliseconds(millisecondsIntoTheSecond));
        var limiter = new RateLimiter(2, time);

        var decisions = Enumerable.Range(0, 3).Select(_ => limiter.Acquire("token")).ToList();

        decisions.Select(d => d.Allowed).Should().Equal(true, true, false);
        decisions.Select(d => d.Remaining).Should().Equal(1, 0, 0);
        decisions.Should().OnlyContain(d => d.Limit == 2 && d.ResetSeconds == resetSeconds);
    }
}
