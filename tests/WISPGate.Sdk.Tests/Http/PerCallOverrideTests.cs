using System.Net;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary><see cref="RequestOptions.MaxRetries"/> and <see cref="RequestOptions.Timeout"/> change one call only.</summary>
public sealed class PerCallOverrideTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MaxRetries_0_sends_a_call_once_while_other_calls_keep_the_clients_retries()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 2);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(503, Json.Error("service_unavailable", "Maintenance window.")));

        var once = () => harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { MaxRetries = 0 }, Ct);
        var onceFailure = (await once.Should().ThrowAsync<WispGateServerException>()).Which;
        onceFailure.Attempts.Should().Be(1);
        harness.Requests.Should().HaveCount(1);

        var retried = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        var retriedFailure = (await retried.Should().ThrowAsync<WispGateServerException>()).Which;
        retriedFailure.Attempts.Should().Be(3, "the next call without overrides has the client's two retries");
        harness.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task MaxRetries_lowers_the_retries_of_one_call()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 3);
        harness.Server.Given(Request.Create().WithPath(SubscriberPath).UsingGet())
            .RespondWith(Stubs.JsonResponse(503, Json.Error("service_unavailable", "Maintenance window.")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { MaxRetries = 1 }, Ct);

        (await call.Should().ThrowAsync<WispGateServerException>()).Which.Attempts.Should().Be(2);
        harness.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Timeout_bounds_one_call_instead_of_the_clients_timeout()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.Timeout = TimeSpan.FromMinutes(5);
            options.AttemptTimeout = TimeSpan.FromMinutes(4);
        });
        harness.Faults.Hang(SubscriberPath);

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", new RequestOptions { Timeout = TimeSpan.FromMilliseconds(300) }, Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.InnerException.Should().BeOfType<Polly.Timeout.TimeoutRejectedException>()
            .Which.Timeout.Should().Be(TimeSpan.FromMilliseconds(300), "the call's own timeout fired, not the client's 5 minutes");
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, 0)]
    [InlineData(null, -5)]
    public async Task Bad_overrides_are_refused_before_anything_is_sent(int? maxRetries, int? timeoutMilliseconds)
    {
        using var harness = SdkHarness.Start();
        var options = new RequestOptions
        {
            MaxRetries = maxRetries,
            Timeout = timeoutMilliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        };

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", options, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith("RequestOptions.");
        harness.Requests.Should().BeEmpty();
    }
}
