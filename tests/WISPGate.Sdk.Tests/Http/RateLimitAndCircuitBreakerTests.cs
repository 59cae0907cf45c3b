using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

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
    public async Task A_429_with_an_HTTP_date_Retry_After_waits_until_that_date()
    {
        // Microsoft.Extensions.Http.Resilience reads the date against the system clock (not the injected TimeProvider),
        // so the date is a minute from the real now; the wait itself still runs on the fake clock.
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(
            options =>
            {
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                options.Timeout = TimeSpan.FromMinutes(2);
            },
            clock);
        var until = DateTimeOffset.UtcNow.AddSeconds(60);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.")).WithHeader("Retry-After", until.ToString("r", CultureInfo.InvariantCulture)),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        var call = harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        // About 60 s (the header has whole seconds, and the request took a moment), not the 10 ms backoff.
        await Wait.UntilAsync(
            () => clock.TimerDueTimes.Any(due => due > TimeSpan.FromSeconds(30) && due <= TimeSpan.FromSeconds(60)),
            "a retry delay of about 60 s to start");
        call.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromSeconds(25));
        harness.Arrivals.Should().ContainSingle("the date has not come yet");

        clock.Advance(TimeSpan.FromSeconds(35));
        var subscriber = await call;

        subscriber.Attempts.Should().Be(2);
        harness.Arrivals.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_call_Timeout_is_cut_off_by_the_Timeout()
    {
        // Timeout bounds the whole call: a server asking for an hour does not hold the caller for an hour.
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(options => options.Timeout = TimeSpan.FromSeconds(30), clock);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error("rate_limited", "Slow down.")).WithHeader("Retry-After", "3600"));

        var call = harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await Wait.UntilAsync(() => clock.TimerDueTimes.Contains(TimeSpan.FromHours(1)), "the one-hour retry delay to start");
        clock.Advance(TimeSpan.FromSeconds(29));
        call.IsCompleted.Should().BeFalse("the call's 30 s are not over");
        clock.Advance(TimeSpan.FromSeconds(1));

        var failure = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<WispGateException>()).Which;
        failure.Should().BeOfType<WispGateTransportException>().Which.InnerException.Should().BeOfType<Polly.Timeout.TimeoutRejectedException>();
        harness.Arrivals.Should().ContainSingle("no second attempt within the call's Timeout");
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
                OpenAfterTwoFailures(options, maxRetries: 0);
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

    [Fact]
    public async Task A_call_the_open_circuit_refuses_reports_zero_attempts_sent()
    {
        using var harness = SdkHarness.Start(options => OpenAfterTwoFailures(options, maxRetries: 0), new FakeTimeProvider());
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));
        var get = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await get.Should().ThrowAsync<WispGateServerException>();
        await get.Should().ThrowAsync<WispGateServerException>("the second failure opens the circuit");

        var refused = (await get.Should().ThrowAsync<WispGateTransportException>()).Which;

        refused.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        refused.Attempts.Should().Be(0, "nothing was sent");
        refused.Message.Should().Contain("was not sent").And.Contain("circuit breaker");
        harness.Arrivals.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_circuit_that_opens_between_retries_leaves_the_count_at_the_attempts_sent()
    {
        // Attempts 1 and 2 fail with 500; the second opens the circuit, which refuses the third: two were sent.
        using var harness = SdkHarness.Start(options =>
        {
            OpenAfterTwoFailures(options, maxRetries: 2);
            options.RetryBaseDelay = TimeSpan.Zero;
        });
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        failure.Attempts.Should().Be(2);
        failure.Message.Should().Contain("after 2 attempt(s)");
        harness.Arrivals.Should().HaveCount(2);
    }

    [Fact]
    public async Task With_the_default_thresholds_100_failed_attempts_open_the_circuit_for_5_seconds()
    {
        // The documented defaults (failure ratio 0.1, at least 100 attempts in 30 s, a 5 s break), not test-chosen ones.
        var clock = new FakeTimeProvider();
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0, clock);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(503, Json.Error("service_unavailable", "Down.")));
        var get = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        for (var i = 0; i < 100; i++)
        {
            await get.Should().ThrowAsync<WispGateServerException>();
        }

        var open = (await get.Should().ThrowAsync<WispGateTransportException>()).Which;
        open.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        harness.Arrivals.Should().HaveCount(100, "the 100th failure opened the circuit; the 101st call was not sent");

        clock.Advance(TimeSpan.FromSeconds(4));
        await get.Should().ThrowAsync<WispGateTransportException>("the break lasts 5 s");
        harness.Server.Reset();
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        clock.Advance(TimeSpan.FromSeconds(1));

        (await get()).Data.Id.Should().Be("sub_1");
        harness.Arrivals.Should().HaveCount(101);
    }

    [Theory]
    [InlineData(400, "validation_error")]
    [InlineData(401, "unauthorized")]
    [InlineData(403, "insufficient_scope")]
    [InlineData(404, "not_found")]
    [InlineData(409, "invalid_state_transition")]
    [InlineData(422, "validation_error")]
    public async Task Client_errors_do_not_trip_the_circuit(int status, string code)
    {
        // Thresholds that a handful of failures would reach: the answers are the caller's mistakes, not the API failing.
        var clock = new FakeTimeProvider();
        using var harness = SdkHarness.Start(
            options =>
            {
                options.MaxRetries = 0;
                options.CircuitBreaker.MinimumThroughput = 2;
                options.CircuitBreaker.FailureRatio = 0.1;
            },
            clock);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(status, Json.Error(code, "Your mistake.")));
        var get = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        for (var i = 0; i < 20; i++)
        {
            var failure = (await get.Should().ThrowAsync<WispGateApiException>()).Which;
            ((int)failure.StatusCode).Should().Be(status);
        }

        harness.Arrivals.Should().HaveCount(20, "every call was sent: the circuit stayed closed");
    }

    /// <summary>A circuit that two failed attempts open (half of at least two), with the given retries.</summary>
    private static void OpenAfterTwoFailures(WispGateClientOptions options, int maxRetries)
    {
        options.MaxRetries = maxRetries;
        options.CircuitBreaker.MinimumThroughput = 2;
        options.CircuitBreaker.FailureRatio = 0.5;
    }
}
