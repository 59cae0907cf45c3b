using WireMock.RequestBuilders;
using WireMock.Server;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Tests.Infrastructure;
using WISPGate.Sdk.Tests.Provisioning;

namespace WISPGate.Sdk.Tests.Waiting;

/// <summary>
/// <c>WaitForCompletionAsync</c> over stubs on a fake clock (<see cref="RecordingTimeProvider"/>): it polls on the clock until a final state,
/// returns nak/failed as data, times out naming the last state, and honours cancellation — no real sleeping.
/// </summary>
public sealed class WaitForCompletionTests
{
    private const string JobPath = "/api/v1/provisioning-jobs/job_3";
    private const string RunPath = "/api/v1/reconciliation-runs/rec_1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Job(string status, string? completedAt = null, int? errorCause = null) =>
        ProvisioningAreaTests.HookJob
            .Replace("\"acked\"", $"\"{status}\"", StringComparison.Ordinal)
            .Replace("\"completed_at\": \"2026-04-13T10:21:05Z\"", completedAt is null ? "\"completed_at\": null" : $"\"completed_at\": \"{completedAt}\"", StringComparison.Ordinal)
            .Replace("\"error_cause\": null", errorCause is null ? "\"error_cause\": null" : $"\"error_cause\": {errorCause}", StringComparison.Ordinal);

    private static string Run(string status, string? completedAt = null) =>
        $$"""{ "id": "rec_1", "status": "{{status}}", "subscriber_id": null, "matched": [], "unmatched": [], "created_at": "2026-04-13T10:21:00Z", "completed_at": {{(completedAt is null ? "null" : $"\"{completedAt}\"")}} }""";

    /// <summary>Answers the GET with each body in turn, the last one for ever.</summary>
    private static void Answers(WireMockServer server, string path, params string[] bodies)
    {
        var scenario = Guid.NewGuid().ToString();
        for (var i = 0; i < bodies.Length; i++)
        {
            var mapping = server.Given(Request.Create().WithPath(path).UsingGet()).InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"answered {i}");
            mapping = i == bodies.Length - 1 ? mapping : mapping.WillSetStateTo($"answered {i + 1}");
            mapping.RespondWith(Stubs.JsonResponse(200, Json.Envelope(bodies[i])));
        }
    }

    private static int Polls(SdkHarness harness, string path) => harness.Requests.Count(request => request.Path == path);

    /// <summary>Waits until the waiter has started its <paramref name="count"/>th pause of <paramref name="interval"/> on <paramref name="clock"/>.</summary>
    private static Task PausedAsync(RecordingTimeProvider clock, TimeSpan interval, int count) =>
        Wait.UntilAsync(() => clock.TimerDueTimes.Count(due => due == interval) >= count, $"pause {count} of {interval}");

    [Fact]
    public async Task A_job_is_polled_every_second_on_the_clients_clock_until_it_is_acked()
    {
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(timeProvider: clock);
        Answers(harness.Server, JobPath, Job("queued"), Job("sent"), Job("acked", "2026-04-13T10:21:02Z"));

        var wait = harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", cancellationToken: Ct);

        for (var poll = 1; poll <= 2; poll++)
        {
            await PausedAsync(clock, WaitOptions.DefaultPollingInterval, poll);
            Polls(harness, JobPath).Should().Be(poll);
            wait.IsCompleted.Should().BeFalse($"the job is not final after poll {poll}");
            clock.Advance(TimeSpan.FromMilliseconds(999));
            Polls(harness, JobPath).Should().Be(poll, "the next poll waits the full interval");
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        ProvisioningJob job = await wait;
        job.Status.Should().Be(ProvisioningJobStatus.Acked);
        Polls(harness, JobPath).Should().Be(3);
    }

    [Fact]
    public async Task A_nak_job_is_returned_as_data_not_thrown()
    {
        using var harness = SdkHarness.Start(timeProvider: new RecordingTimeProvider());
        Answers(harness.Server, JobPath, Job("nak", "2026-04-13T10:21:02Z", errorCause: 404));

        var response = await harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", cancellationToken: Ct);

        response.Data.Should().Match<ProvisioningJob>(job => job.Status == ProvisioningJobStatus.Nak && job.ErrorCause == 404);
        response.RequestId.Should().Be("req_92aa7d", "the result is the last poll's response");
    }

    [Fact]
    public async Task A_state_this_sdk_does_not_know_is_final_once_it_has_a_completion_time()
    {
        using var harness = SdkHarness.Start(timeProvider: new RecordingTimeProvider());
        Answers(harness.Server, JobPath, Job("rolled_back", "2026-04-13T10:21:02Z"));

        ProvisioningJob job = await harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", cancellationToken: Ct);

        job.Status.Should().Be(ProvisioningJobStatus.Unknown);
    }

    [Fact]
    public async Task The_timeout_throws_a_TimeoutException_naming_the_job_and_its_last_status()
    {
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(timeProvider: clock);
        Answers(harness.Server, JobPath, Job("sent"));

        var wait = harness.Client.ProvisioningJobs.WaitForCompletionAsync(
            "job_3", new WaitOptions { PollingInterval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(5) }, Ct);
        for (var poll = 1; poll <= 3; poll++)
        {
            await PausedAsync(clock, TimeSpan.FromSeconds(2), poll);
            clock.Advance(TimeSpan.FromSeconds(2));
        }

        var thrown = await FluentActions.Awaiting(() => wait).Should().ThrowAsync<TimeoutException>();
        thrown.Which.Message.Should().Contain("provisioning job job_3").And.Contain("still 'sent'").And.Contain("00:00:05");
        Polls(harness, JobPath).Should().Be(3, "polls at 0, 2 and 4 s; the 5 s deadline ends the pause before a fourth");
    }

    [Fact]
    public async Task The_interval_and_clock_of_the_options_are_used()
    {
        var optionsClock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(timeProvider: new RecordingTimeProvider());
        Answers(harness.Server, JobPath, Job("sent"), Job("failed", "2026-04-13T10:21:30Z"));

        var wait = harness.Client.ProvisioningJobs.WaitForCompletionAsync(
            "job_3", new WaitOptions { PollingInterval = TimeSpan.FromSeconds(30), TimeProvider = optionsClock }, Ct);
        await PausedAsync(optionsClock, TimeSpan.FromSeconds(30), 1);
        optionsClock.Advance(TimeSpan.FromSeconds(29));
        Polls(harness, JobPath).Should().Be(1, "the pause is 30 s on the options' clock");
        optionsClock.Advance(TimeSpan.FromSeconds(1));

        ProvisioningJob job = await wait;
        job.Status.Should().Be(ProvisioningJobStatus.Failed, "failed is data too");
    }

    [Fact]
    public async Task Cancelling_the_token_stops_the_wait()
    {
        using var harness = SdkHarness.Start(timeProvider: new RecordingTimeProvider());
        Answers(harness.Server, JobPath, Job("sent"));
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var wait = harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => Polls(harness, JobPath) == 1, "the first poll");
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => wait).Should().ThrowAsync<OperationCanceledException>();
        Polls(harness, JobPath).Should().Be(1);
    }

    [Fact]
    public async Task An_infinite_timeout_waits_without_a_deadline()
    {
        using var harness = SdkHarness.Start(timeProvider: new RecordingTimeProvider());
        Answers(harness.Server, JobPath, Job("acked", "2026-04-13T10:21:02Z"));

        ProvisioningJob job = await harness.Client.ProvisioningJobs.WaitForCompletionAsync(
            "job_3", new WaitOptions { Timeout = Timeout.InfiniteTimeSpan }, Ct);

        job.Status.Should().Be(ProvisioningJobStatus.Acked);
    }

    [Fact]
    public async Task Bad_options_are_rejected_before_any_poll()
    {
        using var harness = SdkHarness.Start();

        await FluentActions.Awaiting(() => harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", new WaitOptions { PollingInterval = TimeSpan.Zero }, Ct))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => harness.Client.ProvisioningJobs.WaitForCompletionAsync("job_3", new WaitOptions { Timeout = TimeSpan.FromSeconds(-2) }, Ct))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => harness.Client.ProvisioningJobs.WaitForCompletionAsync(" ", cancellationToken: Ct))
            .Should().ThrowAsync<ArgumentException>();
        harness.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_reconciliation_run_is_polled_until_it_completes()
    {
        var clock = new RecordingTimeProvider();
        using var harness = SdkHarness.Start(timeProvider: clock);
        Answers(harness.Server, RunPath, Run("running"), Run("completed", "2026-04-13T10:21:01Z"));

        var wait = harness.Client.ReconciliationRuns.WaitForCompletionAsync("rec_1", cancellationToken: Ct);
        await PausedAsync(clock, WaitOptions.DefaultPollingInterval, 1);
        clock.Advance(WaitOptions.DefaultPollingInterval);

        ReconciliationRun run = await wait;
        run.Status.Should().Be(ReconciliationRunStatus.Completed);
        Polls(harness, RunPath).Should().Be(2);
    }
}
