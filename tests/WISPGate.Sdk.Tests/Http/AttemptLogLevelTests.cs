using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// The level an answered attempt is logged at: a warning for what an operator should look at (any 5xx, a timeout 408,
/// a 429) and debug for everything else, 4xx business answers included.
/// </summary>
public sealed class AttemptLogLevelTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(500, "AttemptFailedStatus", LogLevel.Warning)]
    [InlineData(503, "AttemptFailedStatus", LogLevel.Warning)]
    [InlineData(408, "AttemptFailedStatus", LogLevel.Warning)]
    [InlineData(429, "AttemptFailedStatus", LogLevel.Warning)]
    [InlineData(499, "AttemptCompleted", LogLevel.Debug)]
    [InlineData(404, "AttemptCompleted", LogLevel.Debug)]
    [InlineData(200, "AttemptCompleted", LogLevel.Debug)]
    public async Task An_answered_attempt_is_logged_at_the_level_its_status_calls_for(int status, string eventName, LogLevel level)
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        var body = status == 200 ? Json.Envelope(Json.Subscriber("sub_1")) : Json.Error("some_error", "Answered with an error.");
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet()).RespondWith(Stubs.JsonResponse(status, body));

        try
        {
            await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        }
        catch (WispGateException)
        {
            // Every status but 200 is an error the SDK throws; the log line is what this test reads.
        }

        var logged = harness.SdkLogs.Should().ContainSingle(record => record.Id.Name != null && record.Id.Name.StartsWith("Attempt", StringComparison.Ordinal)).Subject;
        logged.Id.Name.Should().Be(eventName);
        logged.Level.Should().Be(level);
        logged.GetStructuredStateValue("StatusCode").Should().Be(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
