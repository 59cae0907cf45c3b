using System.Net.Http.Json;

namespace WISPGate.MockServer.Tests.Fixtures;

/// <summary>What the fixture tests do: create one subscriber with a fixed external id, which only a reset server accepts twice.</summary>
public static class FixtureJourney
{
    /// <summary>Creates subscriber <c>fixture-001</c> and checks the server was reset before this test.</summary>
    public static async Task CreateTheSameSubscriberAsync(WispGateMockServerFixture mock)
    {
        var ct = TestContext.Current.CancellationToken;
        mock.Server.Clock.Advance(TimeSpan.FromDays(1));

        using var created = await mock.Client.PostAsJsonAsync("/api/v1/subscribers", new { full_name = "Fixture Subscriber", status = "prospect", external_id = "fixture-001" }, ct);

        created.StatusCode.Should().Be(HttpStatusCode.Created, "a subscriber with this external id from another test would answer 409 duplicate_subscriber");
        mock.Server.Requests.Entries.Should().ContainSingle("the request log starts empty in each test");
        mock.Server.Clock.Offset.Should().Be(TimeSpan.FromDays(1), "the clock went back to the seed before this test");
    }
}
