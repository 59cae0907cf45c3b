using BenchmarkDotNet.Running;
using WISPGate.Benchmarks;

// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*'            (everything, ~10 min)
// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*' --job short (quick look)
// Extra switches: --out-of-process (BenchmarkDotNet's own process per benchmark), --skip-peak-memory.
var outOfProcess = args.Contains("--out-of-process");
var skipPeakMemory = args.Contains("--skip-peak-memory");
var benchmarkArgs = args.Where(arg => arg is not ("--out-of-process" or "--skip-peak-memory")).ToArray();

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ListAllBenchmarks).Assembly)
    .Run(benchmarkArgs, BenchmarkConfig.Create(outOfProcess));

// The ListAll benchmarks give throughput and allocations per item; the peak of live memory needs its own measurement.
if (!skipPeakMemory && summaries.Any(summary => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(ListAllBenchmarks))))
{
    await PeakMemoryCheck.RunAsync(Console.Out);
}
