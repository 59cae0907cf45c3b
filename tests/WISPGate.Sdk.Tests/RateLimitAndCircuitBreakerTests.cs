using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests;

public sealed class RateLimitAndCircuitBreakerTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_is_retried_after_exactly_the_Retry_After_delay()
    {
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(options => options.RetryBaseDelay = TimeSpan.FromMilliseconds(10), clock);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.")).WithHeader("Retry-After", "7"),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        var call = harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        // The retry waits on the clock for the server's 7 s, not the 10 ms backoff.
        await Wait.UntilAsync(() => clock.TimerDueTimes.Contains(TimeSpan.FromSeconds(7)), "the 7 s retry delay to start");
        harness.SdkLogs.Single(record => record.Id.Name == "RetryScheduled").GetStructuredStateValue("DelayMs").Should().Be("7000");
        call.IsCompleted.Should().BeFalse();
        harness.Arrivals.Should().ContainSingle();

        clock.Advance(TimeSpan.FromSeconds(7));
        var subscriber = await call;

        subscriber.Attempts.Should().Be(2);
        harness.Arrivals.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_429_that_outlasts_the_retries_is_a_rate_limit_exception_with_Retry_After()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.", requestId: "req_rl")).WithHeader("Retry-After", "30"));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateRateLimitException>()).Which;
        failure.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        failure.Code.Should().Be("rate_limited");
        failure.RequestId.Should().Be("req_rl");
        failure.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_closes_after_the_break()
    {
        var clock = new FakeTimeProvider();
        using var harness = SdkHarness.Start(
            options =>
            {
                options.MaxRetries = 0;
                options.CircuitBreaker.MinimumThroughput = 2;
                options.CircuitBreaker.FailureRatio = 0.5;
                options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
            },
            clock);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")),
            Stubs.JsonResponse(500, Json.Error("internal_error", "Boom again.")));
        var get = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await get.Should().ThrowAsync<WispGateServerException>();
        await get.Should().ThrowAsync<WispGateServerException>();
        var open = (await get.Should().ThrowAsync<WispGateTransportException>()).Which;

        open.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        open.Message.Should().Contain("circuit breaker");
        harness.Arrivals.Should().HaveCount(2, "an open circuit fails calls without sending them");

        harness.Server.Reset();
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        clock.Advance(TimeSpan.FromSeconds(30));

        (await get()).Data.Id.Should().Be("sub_1");
        harness.Arrivals.Should().HaveCount(3);
    }
}
