using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Reliability;

/// <summary>
/// The exactly-once promise: a POST that loses its response, or never reaches the server, is retried by the
/// SDK with the same idempotency key, and the server ends up with exactly one resource.
/// </summary>
public sealed class ExactlyOnceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CreateSubscriberRequest NewSubscriber(string externalId) => new()
    {
        ExternalId = externalId,
        FullName = "Exactly Once",
        Status = SubscriberStatus.Prospect,
        BillingProfileId = "bp_001",
    };

    private static async Task<int> CountByExternalIdAsync(SdkAgainstMock harness, string externalId) =>
        (await harness.Client.Subscribers.ListAsync(new SubscriberListOptions { ExternalId = externalId }, cancellationToken: Ct)).Items.Count;

    [Fact]
    public async Task A_create_whose_response_is_lost_after_commit_is_retried_and_stored_once()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropAfterCommit = true });

        var created = await harness.Client.Subscribers.CreateAsync(NewSubscriber("crm-lost-1"), cancellationToken: Ct);

        created.Attempts.Should().Be(2);
        created.IdempotentReplayed.Should().BeTrue("the retry is answered from the stored first response");
        created.Data.ExternalId.Should().Be("crm-lost-1");
        (await CountByExternalIdAsync(harness, "crm-lost-1")).Should().Be(1);
    }

    [Fact]
    public async Task A_create_dropped_before_it_ran_is_retried_and_stored_once()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropBefore = true, Times = 2 });

        var created = await harness.Client.Subscribers.CreateAsync(NewSubscriber("crm-dropped-1"), cancellationToken: Ct);

        created.Attempts.Should().Be(3);
        created.IdempotentReplayed.Should().BeFalse("nothing ran before the third attempt");
        (await CountByExternalIdAsync(harness, "crm-dropped-1")).Should().Be(1);
    }

    [Fact]
    public async Task A_lifecycle_action_whose_response_is_lost_is_applied_once()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        var subscriber = (await harness.Client.Subscribers.CreateAsync(NewSubscriber("crm-activate-1"), cancellationToken: Ct)).Data;
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers/{id}/activate", DropAfterCommit = true });

        var activated = await harness.Client.Subscribers.ActivateAsync(subscriber.Id, cancellationToken: Ct);

        activated.Data.Status.Should().Be(SubscriberStatus.Active);
        activated.IdempotentReplayed.Should().BeTrue("a second activation would have been a 409 invalid_state_transition");
    }

    [Fact]
    public async Task Without_automatic_keys_a_post_that_loses_its_connection_is_not_retried()
    {
        await using var harness = await SdkAgainstMock.StartAsync(options => options.AutomaticIdempotencyKeys = false);
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropBefore = true });

        var create = () => harness.Client.Subscribers.CreateAsync(NewSubscriber("crm-nokey-1"), cancellationToken: Ct);

        await create.Should().ThrowAsync<WISPGate.Sdk.Errors.WispGateTransportException>();
        (await CountByExternalIdAsync(harness, "crm-nokey-1")).Should().Be(0);
    }
}
