using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace WISPGate.Sdk.AspNetCore.Tests;

/// <summary>The default in-memory de-duplication store: claims, bounded size, expiry on the given clock.</summary>
public sealed class DeduplicationStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    private InMemoryWebhookDeduplicationStore Store(int capacity = 100, TimeSpan? window = null) =>
        new(new StaticMonitor(new WispGateWebhookOptions { DeduplicationCapacity = capacity, DeduplicationWindow = window ?? TimeSpan.FromHours(1) }), _clock);

    [Fact]
    public async Task A_claim_is_exclusive_until_released_and_a_processed_id_stays_processed()
    {
        var store = Store();
        var ct = TestContext.Current.CancellationToken;

        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.Claimed);
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.InProgress);
        await store.ReleaseAsync("evt_1", ct);
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.Claimed);
        await store.MarkProcessedAsync("evt_1", ct);
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.AlreadyProcessed);
    }

    [Fact]
    public async Task Past_the_capacity_the_oldest_ids_are_forgotten_first()
    {
        var store = Store(capacity: 2);
        var ct = TestContext.Current.CancellationToken;

        foreach (var id in new[] { "evt_1", "evt_2", "evt_3" })
        {
            await store.TryClaimAsync(id, ct);
            await store.MarkProcessedAsync(id, ct);
        }

        store.Count.Should().Be(2);
        (await store.TryClaimAsync("evt_2", ct)).Should().Be(WispGateWebhookClaim.AlreadyProcessed);
        (await store.TryClaimAsync("evt_3", ct)).Should().Be(WispGateWebhookClaim.AlreadyProcessed);
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.Claimed, "the oldest id was evicted");
    }

    [Fact]
    public async Task A_processed_id_is_forgotten_after_the_window()
    {
        var store = Store(window: TimeSpan.FromHours(1));
        var ct = TestContext.Current.CancellationToken;
        await store.TryClaimAsync("evt_1", ct);
        await store.MarkProcessedAsync("evt_1", ct);

        _clock.Advance(TimeSpan.FromMinutes(59));
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.AlreadyProcessed);
        _clock.Advance(TimeSpan.FromMinutes(1));
        store.Count.Should().Be(0);
        (await store.TryClaimAsync("evt_1", ct)).Should().Be(WispGateWebhookClaim.Claimed);
    }

    private sealed class StaticMonitor(WispGateWebhookOptions value) : IOptionsMonitor<WispGateWebhookOptions>
    {
        public WispGateWebhookOptions CurrentValue => value;

        public WispGateWebhookOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<WispGateWebhookOptions, string?> listener) => null;
    }
}
