namespace WISPGate.MockServer.Tests.Fixtures;

/// <summary>The collection fixture, second class: the same server, reset again before its test.</summary>
[Collection(WispGateFixtureCollection.Name)]
public sealed class CollectionFixtureSecondClassTests(WispGateMockServerFixture mock)
{
    [Fact]
    public async Task A_test_of_another_class_shares_the_server_and_sees_no_trace_of_the_first() =>
        await FixtureJourney.CreateTheSameSubscriberAsync(mock);
}
