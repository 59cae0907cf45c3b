using System.Diagnostics;
using System.Globalization;

namespace WISPGate.Benchmarks;

/// <summary>
/// A plain loop over the per-call benchmarks (<see cref="CallBenchmarks"/>), for a profiler (e.g. <c>dotnet-trace collect -- dotnet WISPGate.Benchmarks.dll
/// --profile-loop 100000 Get_Sdk</c>): no BenchmarkDotNet machinery in the stacks. Per call it prints wall time, the
/// process's CPU time (all threads, GC included), bytes allocated, thread-pool work items (thread hops) and gen0 GCs.
/// </summary>
internal static class ProfileLoop
{
    public static async Task RunAsync(int calls, IReadOnlyCollection<string> only, bool loopback, TextWriter output)
    {
        if (loopback)
        {
            var overLoopback = new LoopbackCallBenchmarks();
            overLoopback.Setup();
            try
            {
                await RunAsync(calls, only, output, overLoopback.All());
            }
            finally
            {
                overLoopback.Cleanup();
            }

            return;
        }

        var inMemory = new InMemoryCallBenchmarks();
        inMemory.Setup();
        try
        {
            await RunAsync(calls, only, output, inMemory.All());
        }
        finally
        {
            inMemory.Cleanup();
        }
    }

    private static async Task RunAsync(int calls, IReadOnlyCollection<string> only, TextWriter output, (string Name, Func<Task> Run)[] all)
    {
        foreach (var (name, run) in all.Where(b => only.Count == 0 || only.Any(filter => Matches(b.Name, filter))))
        {
            var count = name.StartsWith("List", StringComparison.Ordinal) ? Math.Max(1, calls / 20) : calls;
            for (var i = 0; i < count / 10; i++)
            {
                await run();
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var workItemsBefore = ThreadPool.CompletedWorkItemCount;
            var gen0Before = GC.CollectionCount(0);
            var stopwatch = Stopwatch.StartNew();
            var wentAsync = 0;
            for (var i = 0; i < count; i++)
            {
                var task = run();
                if (!task.IsCompleted)
                {
                    // A call that did not finish synchronously hops threads: costly on a loaded machine.
                    wentAsync++;
                }

                await task;
            }

            stopwatch.Stop();
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var workItems = ThreadPool.CompletedWorkItemCount - workItemsBefore;
            var gen0 = GC.CollectionCount(0) - gen0Before;
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / count;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-26} {stopwatch.Elapsed.TotalMicroseconds / count,9:F2} us {cpu.TotalMicroseconds / count,9:F2} us CPU {bytes,9} B per call,"
                + $" {(double)workItems / count,5:F2} thread-pool items and {1000.0 * gen0 / count,5:F2} gen0 GCs per 1000 calls,"
                + $" {100.0 * wentAsync / count,5:F1}% asynchronous"));
        }
    }

    // An exact name, or a prefix ending with '*' ("Get_*").
    private static bool Matches(string name, string filter) => filter.EndsWith('*')
        ? name.StartsWith(filter[..^1], StringComparison.Ordinal)
        : name == filter;
}
