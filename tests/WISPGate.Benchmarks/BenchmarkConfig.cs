using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WISPGate.Benchmarks;

/// <summary>
/// Every benchmark: allocations measured, SDK and baseline side by side per operation (the ratio columns),
/// a modest default job for a shared machine (3 warm-up, 10 measured iterations; <c>--job short</c> for a quick run),
/// run in process (InProcessEmitToolchain): no generated project to restore under central package management (the
/// loopback setting's server is a separate process, <see cref="Canned.CannedServerProcess"/>).
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(bool quick)
    {
        var job = quick
            ? Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(3)
            : Job.Default.WithId("Modest").WithWarmupCount(3).WithIterationCount(10);
        return DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(CategoriesColumn.Default)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
            .HideColumns(Column.Error)
            // Reports (markdown, csv, html) next to the binaries, out of the source tree.
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
    }
}
