using System.Diagnostics;
using System.Globalization;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// The peak of live managed memory while <c>ListAllAsync</c> streams 10,000 and then 100,000 subscribers:
/// at every page boundary a full collection measures what is still reachable (the pages the stream holds).
/// A second, unsampled pass measures throughput and allocated bytes per item. Independent of the total
/// when the stream keeps one page at a time.
/// </summary>
internal static class PeakMemoryCheck
{
    private static readonly SubscriberListOptions s_listOptions = new() { Limit = CannedBodies.PageSize };

    public static async Task RunAsync(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("ListAllAsync: peak live managed memory and throughput (in-memory pages of 100)");
        output.WriteLine("| Items | Peak live memory above start | Allocated per item | Throughput |");
        output.WriteLine("|------:|-----------------------------:|-------------------:|-----------:|");
        foreach (var total in new[] { 10_000, 100_000 })
        {
            using var clients = new Clients(new Uri("https://api.wispgate.test/"), () => new CannedHandler { ListTotal = total });
            await CountAsync(clients, sample: null); // warm up: JIT, handler chain, pools

            var start = GC.GetTotalMemory(forceFullCollection: true);
            var peak = start;
            await CountAsync(clients, sample: () => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)));

            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            var count = await CountAsync(clients, sample: null);
            stopwatch.Stop();
            var allocatedPerItem = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count;

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {(peak - start) / 1024.0:N0} KiB | {allocatedPerItem:N0} B | {count / stopwatch.Elapsed.TotalSeconds:N0} items/s |"));
        }
    }

    private static async Task<int> CountAsync(Clients clients, Action? sample)
    {
        var count = 0;
        await foreach (var subscriber in clients.Sdk.Subscribers.ListAllAsync(s_listOptions))
        {
            if (++count % CannedBodies.PageSize == 0)
            {
                sample?.Invoke();
            }
        }

        return count;
    }
}
