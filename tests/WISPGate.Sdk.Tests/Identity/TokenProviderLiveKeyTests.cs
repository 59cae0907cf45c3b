using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Identity;

/// <summary>
/// Issue #19's live-key rule for tokens known only per request: a live key (<c>wgk_live_…</c>) from
/// <see cref="WispGateClientOptions.ApiTokenProvider"/> is refused before it is sent over plain http to a host that is not
/// loopback, with a <see cref="WispGateConfigurationException"/> naming the option; a fixed key is refused at start-up.
/// </summary>
public sealed class TokenProviderLiveKeyTests
{
    private const string LiveKey = "wgk_live_S3CR3T_provider_key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_live_key_from_the_provider_is_refused_before_it_goes_over_plain_http_to_another_host()
    {
        var asked = 0;
        using var harness = SdkHarness.Start(options =>
        {
            // A reserved name (RFC 2606) that never resolves: if the check did not fire first, the call would fail later as a transport error.
            options.BaseUrl = new Uri("http://wispgate.example:8080");
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult(Interlocked.Increment(ref asked) == 1 ? LiveKey : LiveKey + "_rotated");
            options.MaxRetries = 0;
        });

        var first = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct))
            .Should().ThrowExactlyAsync<WispGateConfigurationException>();
        var second = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct))
            .Should().ThrowExactlyAsync<WispGateConfigurationException>();

        first.Which.OptionName.Should().Be("WispGateClientOptions.ApiTokenProvider");
        first.Which.Message.Should().Contain("WispGateClientOptions.ApiTokenProvider").And.Contain("WispGateClientOptions.BaseUrl")
            .And.Contain("http://wispgate.example:8080").And.Contain("the request was not sent")
            .And.Contain("Use an https BaseUrl, or a wgk_test_… key").And.NotContain("S3CR3T", "the key itself is never in a message");
        second.Which.Message.Should().NotContain("S3CR3T");
        asked.Should().Be(2, "the provider's token is checked on every request, as it may change between them");
    }

    [Fact]
    public async Task A_live_key_from_the_provider_may_go_to_a_loopback_http_url()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult(LiveKey);
        });
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        var subscriber = (await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct)).Data;

        subscriber.Id.Should().Be("sub_1");
        harness.Requests.Single().Headers!["Authorization"].Single().Should().Be("Bearer " + LiveKey);
    }

    [Fact]
    public async Task A_blank_token_from_the_provider_is_a_configuration_error_naming_the_option()
    {
        using var harness = SdkHarness.Start(options =>
        {
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult(" ");
        });

        var failure = await FluentActions.Awaiting(() => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct))
            .Should().ThrowExactlyAsync<WispGateConfigurationException>();

        failure.Which.OptionName.Should().Be("WispGateClientOptions.ApiTokenProvider");
        harness.Arrivals.Should().BeEmpty("nothing is sent without a usable token");
    }
}
