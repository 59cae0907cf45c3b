using System.Globalization;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Webhooks;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// An export taken while webhook deliveries land in the background is still one state: no id in it lies above its
/// prefix's counter (else the importing server would hand that id out again, and export → import → export would differ).
/// </summary>
public sealed class SnapshotConsistencyTests
{
    private const int Events = 120;

    [Fact]
    public async Task No_id_in_an_export_exceeds_its_counter_while_webhook_deliveries_land()
    {
        // Deliveries go to the discard port: each is refused at once and recorded (a whd_ id) in the background.
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions
        {
            Webhooks = new WebhookDeliveryOptions { RetryDelays = [], Timeout = TimeSpan.FromSeconds(2) },
        });
        using var api = new ApiClient(server);
        (await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hooks", events = new[] { "*" } })).Code.Should().Be(201);

        var writes = Task.Run(
            async () =>
            {
                // Asserted after the task (FluentAssertions' scopes are not meant for two threads at once).
                var codes = new List<int>();
                for (var i = 0; i < Events; i++)
                {
                    codes.Add((await api.PostAsync("/api/v1/subscribers", new { full_name = $"Racer {i}", status = "prospect" })).Code);
                }

                return codes;
            },
            TestContext.Current.CancellationToken);

        var exports = 0;
        var sawDeliveries = false;
        var aboveCounter = new List<string>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(2));
        while (!writes.IsCompleted || exports == 0)
        {
            deadline.Token.ThrowIfCancellationRequested();
            var snapshot = JsonNode.Parse(await StateAdmin.ExportAsync(server))!;
            var counters = snapshot["id_counters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>(), StringComparer.Ordinal);
            foreach (var id in EntityIds(snapshot))
            {
                var separator = id.LastIndexOf('_');
                var prefix = id[..separator];
                var number = long.Parse(id[(separator + 1)..], CultureInfo.InvariantCulture);
                if (!counters.TryGetValue(prefix, out var last) || number > last)
                {
                    aboveCounter.Add($"{id} (counter {(counters.ContainsKey(prefix) ? last : "missing")}, export {exports + 1})");
                }

                sawDeliveries |= prefix == "whd";
            }

            exports++;
        }

        (await writes).Should().AllSatisfy(code => code.Should().Be(201));
        aboveCounter.Should().BeEmpty("an id is handed out before its entity is stored, so a counter read after the copy covers it");
        sawDeliveries.Should().BeTrue("deliveries were recorded while the exports ran");
    }

    private static IEnumerable<string> EntityIds(JsonNode snapshot)
    {
        foreach (var tenant in snapshot["tenants"]!.AsArray())
        {
            foreach (var (name, value) in tenant!.AsObject())
            {
                if (value is not JsonArray items || name == "idempotency_records")
                {
                    continue;
                }

                foreach (var item in items)
                {
                    if (item?["id"]?.GetValue<string>() is { } id && id.Contains('_', StringComparison.Ordinal) && char.IsAsciiDigit(id[^1]))
                    {
                        yield return id;
                    }
                }
            }
        }
    }
}
