using BenchmarkDotNet.Running;
using WISPGate.Benchmarks;
using WISPGate.Benchmarks.Canned;

// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*'            (everything, ~5 min)
// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*' --job short (quick look)
// Extra switch: --skip-peak-memory. Benchmarks run in process (InProcessEmitToolchain, see BenchmarkConfig).
// For a profiler: --profile-loop <calls> [benchmark names or Prefix*…] [--loopback] (a plain loop, see ProfileLoop).
// --canned-server: the loopback benchmarks' server (started by them, see CannedServerProcess).
if (args is [CannedServerProcess.Switch])
{
    await CannedServerProcess.ServeAsync();
    return;
}

if (args is ["--profile-loop", var calls, .. var only])
{
    var loopback = only.Contains("--loopback");
    await ProfileLoop.RunAsync(
        int.Parse(calls, System.Globalization.CultureInfo.InvariantCulture), [.. only.Where(arg => arg != "--loopback")], loopback, Console.Out);
    return;
}

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
