namespace WISPGate.MockServer.Tests.Fixtures;

/// <summary>
/// <see cref="WispGateMockServerFixture"/> as a class fixture, used the way a test project would: the base URL, the
/// demo tokens and the ready client; and the reset before each test (the two creating tests pass in either order only
/// if neither sees the other's subscriber: the external id is unique per tenant).
/// </summary>
public sealed class WispGateMockServerFixtureTests(WispGateMockServerFixture mock) : IClassFixture<WispGateMockServerFixture>
{
    [Fact]
    public async Task One_test_creates_a_subscriber_on_a_server_reset_to_the_seed() =>
        await FixtureJourney.CreateTheSameSubscriberAsync(mock);

    [Fact]
    public async Task Another_test_creates_the_same_subscriber_and_sees_no_trace_of_the_first() =>
        await FixtureJourney.CreateTheSameSubscriberAsync(mock);

    [Fact]
    public async Task The_fixture_exposes_the_base_url_the_demo_tokens_and_an_authenticated_client()
    {
        using var me = await mock.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        mock.BaseUrl.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+$").And.Be(mock.Server.BaseUrl);
        mock.Client.BaseAddress.Should().Be(new Uri(mock.BaseUrl));
        mock.DemoTokens.ReadWrite.Should().Be("wgk_test_demo");
        me.StatusCode.Should().Be(HttpStatusCode.OK, "the client sends the demo read-write token");
    }
}
