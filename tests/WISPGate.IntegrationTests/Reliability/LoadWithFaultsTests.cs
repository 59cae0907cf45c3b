using System.Collections.Concurrent;
using System.Diagnostics;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Reliability;

/// <summary>
/// 32 concurrent SDK callers run 5,000 mixed operations while 5% of them get a transient fault injected
/// (503, a connection dropped before, or a response lost after commit). Nothing may surface to a caller, and
/// what the server holds must match what the callers saw: nothing lost, nothing duplicated.
/// </summary>
public sealed class LoadWithFaultsTests(ITestOutputHelper output)
{
    private const int Callers = 32;
    private const int Operations = 5_000;
    private const double FaultShare = 0.05;

    [Fact]
    public async Task Concurrent_callers_with_injected_faults_lose_and_duplicate_nothing()
    {
        await using var harness = await SdkAgainstMock.StartAsync(
            options =>
            {
                options.MaxRetries = 5;
                // This test is about exactly-once under faults; the breaker has its own test.
                options.CircuitBreaker.FailureRatio = 0.9;
            },
            new WispGateMockServerOptions { RateLimitPerSecond = 1_000_000 });
        var client = harness.Client;
        var created = new ConcurrentDictionary<string, string>();    // external_id → id the caller got back
        var unexpected = new ConcurrentQueue<Exception>();
        var faults = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var random = new Random(1000 + caller);
            int index;
            while ((index = Interlocked.Increment(ref next)) < Operations)
            {
                try
                {
                    var operation = PickOperation(random, created);
                    if (random.NextDouble() < FaultShare)
                    {
                        Interlocked.Increment(ref faults);
                        harness.Server.Faults.Add(PickFault(random, operation));
                    }

                    await RunAsync(client, operation, index, created);
                }
                catch (Exception exception)
                {
                    unexpected.Enqueue(exception);
                }
            }
        }, TestContext.Current.CancellationToken)));
        stopwatch.Stop();

        var onServer = new List<Subscriber>();
        await foreach (var subscriber in client.Subscribers.ListAllAsync(new SubscriberListOptions { Limit = 100 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            if (subscriber.ExternalId?.StartsWith("load-", StringComparison.Ordinal) == true)
            {
                onServer.Add(subscriber);
            }
        }

        output.WriteLine($"{Operations} operations by {Callers} callers in {stopwatch.Elapsed.TotalSeconds:F1} s " +
            $"({Operations / stopwatch.Elapsed.TotalSeconds:F0} ops/s), {faults} faults injected, {created.Count} subscribers created");
        unexpected.Should().BeEmpty();
        onServer.Select(s => s.ExternalId).Should().OnlyHaveUniqueItems("a retried create never stores a second subscriber");
        onServer.ToDictionary(s => s.ExternalId!, s => s.Id).Should().BeEquivalentTo(created, "every create the callers saw is stored, with the id they got");
        faults.Should().BeGreaterThan(Operations / 40);
    }

    private enum Kind { Create, Get, List, Update, Activate }

    private sealed record Operation(Kind Kind, string? SubscriberId);

    private static Operation PickOperation(Random random, ConcurrentDictionary<string, string> created)
    {
        var roll = random.Next(100);
        var known = created.Count > 0 ? created.Values.ElementAt(random.Next(Math.Min(created.Count, 200))) : null;
        return roll switch
        {
            < 40 => new Operation(Kind.Create, null),
            < 70 when known is not null => new Operation(Kind.Get, known),
            < 80 => new Operation(Kind.List, null),
            < 95 when known is not null => new Operation(Kind.Update, known),
            _ when known is not null => new Operation(Kind.Activate, known),
            _ => new Operation(Kind.Create, null),
        };
    }

    private static FaultRule PickFault(Random random, Operation operation)
    {
        var (method, path) = operation.Kind switch
        {
            Kind.Create => ("POST", "/api/v1/subscribers"),
            Kind.Get => ("GET", "/api/v1/subscribers/{id}"),
            Kind.List => ("GET", "/api/v1/subscribers"),
            Kind.Update => ("PATCH", "/api/v1/subscribers/{id}"),
            _ => ("POST", "/api/v1/subscribers/{id}/activate"),
        };
        return random.Next(3) switch
        {
            0 => new FaultRule { Method = method, Path = path, Status = 503 },
            1 => new FaultRule { Method = method, Path = path, DropBefore = true },
            _ => new FaultRule { Method = method, Path = path, DropAfterCommit = true },
        };
    }

    private static async Task RunAsync(IWispGateClient client, Operation operation, int index, ConcurrentDictionary<string, string> created)
    {
        var ct = TestContext.Current.CancellationToken;
        switch (operation.Kind)
        {
            case Kind.Create:
                var externalId = $"load-{index:D5}";
                var subscriber = await client.Subscribers.CreateAsync(
                    new CreateSubscriberRequest { ExternalId = externalId, FullName = $"Load Caller {index}", Status = SubscriberStatus.Prospect, BillingProfileId = "bp_001" },
                    cancellationToken: ct);
                created[externalId] = subscriber.Data.Id;
                break;
            case Kind.Get:
                await client.Subscribers.GetAsync(operation.SubscriberId!, cancellationToken: ct);
                break;
            case Kind.List:
                await client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 25 }, cancellationToken: ct);
                break;
            case Kind.Update:
                await client.Subscribers.UpdateAsync(operation.SubscriberId!, new UpdateSubscriberRequest { Email = $"load{index}@example.com" }, cancellationToken: ct);
                break;
            case Kind.Activate:
                try
                {
                    await client.Subscribers.ActivateAsync(operation.SubscriberId!, cancellationToken: ct);
                }
                catch (WISPGate.Sdk.Errors.WispGateConflictException conflict) when (conflict.Code == "invalid_state_transition")
                {
                    // Another caller activated it first: an expected business answer, not a fault.
                }

                break;
        }
    }
}
