using BenchmarkDotNet.Attributes;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// <c>ListAllAsync</c> over 10,000 and 100,000 subscribers (100 and 1,000 pages of 100) from canned in-memory pages,
/// next to a hand-written cursor loop. Throughput is <see cref="Total"/> / mean; allocated bytes divided by
/// <see cref="Total"/> stay constant when the stream holds one page at a time (peak memory: <see cref="PeakMemoryCheck"/>).
/// </summary>
public class ListAllBenchmarks
{
    private static readonly SubscriberListOptions s_listOptions = new() { Limit = CannedBodies.PageSize };
    private Clients _clients = null!;

    /// <summary>How many subscribers the list holds.</summary>
    [Params(10_000, 100_000)]
    public int Total { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _clients = new Clients(new Uri("https://api.wispgate.test/"), () => new CannedHandler { ListTotal = Total });

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("ListAll")]
    public async Task<int> ListAll_Baseline()
    {
        var count = 0;
        string? cursor = null;
        while (true)
        {
            var page = await _clients.Baseline.ListAsync(CannedBodies.PageSize, cursor);
            count += page.Data!.Count;
            if (page.Meta?.Pagination is not { HasMore: true, NextCursor: { } next })
            {
                return count;
            }

            cursor = next;
        }
    }

    [Benchmark, BenchmarkCategory("ListAll")]
    public async Task<int> ListAll_Sdk()
    {
        var count = 0;
        await foreach (var subscriber in _clients.Sdk.Subscribers.ListAllAsync(s_listOptions))
        {
            count++;
        }

        return count;
    }
}
