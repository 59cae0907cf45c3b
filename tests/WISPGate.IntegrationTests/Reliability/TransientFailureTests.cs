using Microsoft.Extensions.Time.Testing;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Reliability;

/// <summary>503 and 429 with Retry-After, the circuit breaker, attempt timeouts and cancellation, end to end.</summary>
public sealed class TransientFailureTests
{
    private const string SeededSubscriber = "sub_000178";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_503s_are_retried_and_the_call_succeeds()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = 503, Times = 2 });

        var subscriber = await harness.Client.Subscribers.GetAsync(SeededSubscriber, cancellationToken: Ct);

        subscriber.Attempts.Should().Be(3);
        subscriber.Data.Id.Should().Be(SeededSubscriber);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_call_succeeds()
    {
        // The SDK waits on its own (fake) clock: the retry delay it starts is the server's 30 s, not the 5 ms backoff.
        var sdkClock = new RecordingTimeProvider();
        await using var harness = await SdkAgainstMock.StartAsync(sdkClock: sdkClock);
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", Status = 429, RetryAfterSeconds = 30 });

        var call = harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Patient Caller", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        await Poll.UntilAsync(() => Task.FromResult(sdkClock.TimerDueTimes.Contains(TimeSpan.FromSeconds(30))), started => started, Ct);
        harness.Server.Faults.Pending.Should().BeEmpty("the first attempt got the 429");
        call.IsCompleted.Should().BeFalse("the retry waits for Retry-After");
        sdkClock.Advance(TimeSpan.FromSeconds(30));
        var created = await call;

        created.Attempts.Should().Be(2);
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_storm_of_503s_opens_the_circuit_the_sdk_fails_fast_then_recovers_after_the_break()
    {
        var sdkClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SdkAgainstMock.StartAsync(
            options =>
            {
                options.MaxRetries = 0;
                options.CircuitBreaker.MinimumThroughput = 4;
                options.CircuitBreaker.FailureRatio = 0.5;
                options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
            },
            sdkClock: sdkClock);
        harness.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = 503, Times = 100 });
        var get = () => harness.Client.Subscribers.GetAsync(SeededSubscriber, cancellationToken: Ct);

        for (var i = 0; i < 4; i++)
        {
            await get.Should().ThrowAsync<WispGateServerException>();
        }

        var pendingBefore = harness.Server.Faults.Pending.Single().Times;
        var open = (await get.Should().ThrowAsync<WispGateTransportException>()).Which;
        open.Message.Should().Contain("circuit breaker");
        harness.Server.Faults.Pending.Single().Times.Should().Be(pendingBefore, "an open circuit does not call the server");

        harness.Server.Faults.Clear();
        sdkClock.Advance(TimeSpan.FromSeconds(31));
        (await get()).Data.Id.Should().Be(SeededSubscriber);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried()
    {
        // The first attempt hangs at the server (60 s); the SDK's attempt timeout (2 s) runs on a fake clock the test
        // moves once the attempt is at the server, so a busy machine cannot make a normal answer time out.
        var sdkClock = new RecordingTimeProvider();
        await using var harness = await SdkAgainstMock.StartAsync(options => options.AttemptTimeout = TimeSpan.FromSeconds(2), sdkClock: sdkClock);
        harness.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = 503, DelayMilliseconds = 60_000 });

        var call = harness.Client.Subscribers.GetAsync(SeededSubscriber, cancellationToken: Ct);

        await Poll.UntilAsync(() => Task.FromResult(harness.Server.Faults.Pending.Count), pending => pending == 0, Ct);
        sdkClock.Advance(TimeSpan.FromSeconds(2));
        await Poll.UntilAsync(() => Task.FromResult(sdkClock.TimerDueTimes.Any(due => due > TimeSpan.Zero && due < TimeSpan.FromSeconds(1))), started => started, Ct);
        sdkClock.Advance(TimeSpan.FromSeconds(1));
        var subscriber = await call;

        subscriber.Attempts.Should().Be(2);
        subscriber.Data.Id.Should().Be(SeededSubscriber);
    }

    [Fact]
    public async Task Cancelling_a_call_mid_flight_throws_operation_canceled()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = 503, DelayMilliseconds = 60_000 });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = harness.Client.Subscribers.GetAsync(SeededSubscriber, cancellationToken: cancellation.Token);

        // In flight: the server has taken the request (and its fault) and holds it for a minute.
        await Poll.UntilAsync(() => Task.FromResult(harness.Server.Faults.Pending.Count), pending => pending == 0, Ct);
        call.IsCompleted.Should().BeFalse("the server is still holding the request");
        await cancellation.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Cancelling_list_all_between_pages_stops_the_walk()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = new List<Subscriber>();

        var walk = async () =>
        {
            await foreach (var subscriber in harness.Client.Subscribers.ListAllAsync(new SubscriberListOptions { Limit = 2 }, cancellationToken: cancellation.Token))
            {
                seen.Add(subscriber);
                if (seen.Count == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await walk.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().HaveCount(2, "no further page is read once the caller cancels");
    }
}
