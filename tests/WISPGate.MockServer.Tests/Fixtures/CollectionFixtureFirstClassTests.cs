namespace WISPGate.MockServer.Tests.Fixtures;

/// <summary>The collection fixture, first class: its test runs on the shared server, reset.</summary>
[Collection(WispGateFixtureCollection.Name)]
public sealed class CollectionFixtureFirstClassTests(WispGateMockServerFixture mock)
{
    [Fact]
    public async Task A_test_of_one_class_creates_a_subscriber_on_the_shared_reset_server() =>
        await FixtureJourney.CreateTheSameSubscriberAsync(mock);
}
