using System.Text;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using WISPGate.MockServer.Webhooks;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// Export → import → export is byte-identical, property-tested over random states (<see cref="SnapshotJourney"/>), and
/// the server that imported behaves as the one that exported: idempotent replays answer the stored responses, the next
/// id continues the sequence, balances and ledgers are equal, the clock reads the same.
/// </summary>
public sealed class SnapshotRoundTripTests
{
    /// <summary>Journeys per run (<c>WISPGATE_SNAPSHOT_JOURNEYS</c> overrides it to explore).</summary>
    public const int Journeys = 12;

    /// <summary>The PCG seed of the journeys (<c>WISPGATE_SNAPSHOT_SEED</c> overrides it).</summary>
    public const ulong Seed = 20261220;

    private static WispGateMockServerOptions Options(TimeProvider time) => new()
    {
        TimeProvider = time,
        Webhooks = new WebhookDeliveryOptions { RetryDelays = [], Timeout = TimeSpan.FromSeconds(2) },
    };

    [Fact]
    public async Task Random_states_round_trip_byte_for_byte_and_the_importing_server_behaves_the_same()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("WISPGATE_SNAPSHOT_JOURNEYS"), out var c) && c > 0 ? c : Journeys;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("WISPGATE_SNAPSHOT_SEED"), out var s) ? s : Seed;
        var journeys = SnapshotJourney.Gen.Array[count].Generate(new PCG(1, seed), null, out _);

        // The importing server runs on another time: the snapshot's clock must win.
        await using var source = await MockServers.StartAsync(Options(new FakeTimeProvider(new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero))));
        await using var target = await MockServers.StartAsync(Options(new FakeTimeProvider(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        using var sourceApi = new ApiClient(source);
        using var targetApi = new ApiClient(target);
        var idempotentReplays = 0;
        foreach (var journey in journeys)
        {
            await source.ResetAsync(TestContext.Current.CancellationToken);
            await target.ResetAsync(TestContext.Current.CancellationToken);
            await journey.RunAsync(source, sourceApi);

            var exported = await StateAdmin.ExportAsync(source);
            await StateAdmin.ImportOkAsync(target, exported);
            var again = await StateAdmin.ExportAsync(target);

            Encoding.UTF8.GetString(again).Should().Be(Encoding.UTF8.GetString(exported), $"export → import → export is byte-identical (journey {journey})");
            target.Clock.GetUtcNow().Should().Be(source.Clock.GetUtcNow(), "the clock is part of the state");

            // Keys are kept 24 hours by the server clock (the journeys advance it).
            foreach (var (path, body, key, first, _) in journey.IdempotentCalls.Where(call => source.Clock.GetUtcNow() - call.At < TimeSpan.FromHours(23)).Take(3))
            {
                var replay = await targetApi.PostAsync(path, body, Keys.Idempotency(key));
                replay.Header("X-Idempotent-Replayed").Should().Be("true", $"{path} with key {key} was stored before the export");
                replay.Code.Should().Be(first.Code);
                replay.Body.Should().Be(first.Body, "the stored response is replayed byte for byte");
                idempotentReplays++;
            }

            var next = new { full_name = "After the snapshot", status = "prospect" };
            var onSource = await sourceApi.PostAsync("/api/v1/subscribers", next);
            var onTarget = await targetApi.PostAsync("/api/v1/subscribers", next);
            onTarget.Code.Should().Be(201);
            onTarget.Data.GetRawText().Should().Be(onSource.Data.GetRawText(), "the next id and the clock continue where the export stopped");

            foreach (var subscriber in journey.Subscribers)
            {
                var sourceBalance = await sourceApi.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
                var targetBalance = await targetApi.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
                targetBalance.Data.GetRawText().Should().Be(sourceBalance.Data.GetRawText(), $"the balance of {subscriber} is equal");
            }

            foreach (var list in new[] { "/api/v1/transactions?limit=100", "/api/v1/invoices?limit=100", "/api/v1/tickets?limit=100" })
            {
                (await targetApi.GetAsync(list)).Data.GetRawText().Should().Be((await sourceApi.GetAsync(list)).Data.GetRawText(), $"{list} lists the same");
            }
        }

        idempotentReplays.Should().BeGreaterThan(0, "the journeys make idempotent POSTs");
    }
}
