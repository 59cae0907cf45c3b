using WISPGate.Benchmarks;
using WISPGate.Benchmarks.Canned;

// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*'            (everything, ~5 min)
// dotnet run -c Release --project tests/WISPGate.Benchmarks -- --filter '*' --job short (quick look)
// Extra switch: --skip-peak-memory. Benchmarks run in process (InProcessEmitToolchain, see BenchmarkConfig).
// For a profiler: --profile-loop <calls> [benchmark names or Prefix*…] [--loopback] (a plain loop, see ProfileLoop).
// --canned-server: the loopback benchmarks' server (started by them, see CannedServerProcess).
// --cold-start sdk|nswag|kiota|baseline <base url>: one cold start (see ColdStart and cold-start.sh).
// This file names no BenchmarkDotNet type: a cold start must not load its assemblies (BenchmarkProgram does).
if (args is [ColdStart.Switch, var coldClient, var coldBaseUrl])
{
    return await ColdStart.RunAsync(coldClient, new Uri(coldBaseUrl), Console.Out);
}

if (args is [CannedServerProcess.Switch])
{
    await CannedServerProcess.ServeAsync();
    return 0;
}

if (args is ["--profile-loop", var calls, .. var only])
{
    var loopback = only.Contains("--loopback");
    await ProfileLoop.RunAsync(
        int.Parse(calls, System.Globalization.CultureInfo.InvariantCulture), [.. only.Where(arg => arg != "--loopback")], loopback, Console.Out);
    return 0;
}

await BenchmarkProgram.RunAsync(args);
return 0;
