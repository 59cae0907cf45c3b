using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

namespace WISPGate.Benchmarks;

/// <summary>The BenchmarkDotNet run and the peak-memory check (everything but the single-purpose modes of Program).</summary>
internal static class BenchmarkProgram
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task RunAsync(string[] args)
    {
        var skipPeakMemory = args.Contains("--skip-peak-memory");

        // "--job short" is read here: BenchmarkDotNet's own would lose to the configured default job.
        var benchmarkArgs = new List<string>();
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--job" or "-j" && i + 1 < args.Length && args[i + 1].Equals("short", StringComparison.OrdinalIgnoreCase))
            {
                quick = true;
                i++;
            }
            else if (args[i] != "--skip-peak-memory")
            {
                benchmarkArgs.Add(args[i]);
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(ListAllBenchmarks).Assembly)
            .Run([.. benchmarkArgs], BenchmarkConfig.Create(quick));

        // The ListAll benchmarks give throughput and allocations per item; the peak of live memory needs its own measurement.
        if (!skipPeakMemory && summaries.Any(summary => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(ListAllBenchmarks))))
        {
            await PeakMemoryCheck.RunAsync(Console.Out);
        }
    }
}
