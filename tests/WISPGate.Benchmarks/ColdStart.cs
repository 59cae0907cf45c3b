using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using WISPGate.Benchmarks.Baseline;
using WISPGate.Benchmarks.Canned;
using WISPGate.Sdk;

namespace WISPGate.Benchmarks;

/// <summary>
/// One cold start (<c>--cold-start sdk|nswag|kiota|baseline &lt;base url&gt;</c>): this process builds one client the way
/// its docs show and answers its first <c>GetAsync</c> against the canned server, then exits. <c>cold-start.sh</c> runs it
/// ten times per client with hyperfine and prints the medians; the whole process is what is timed. For a look inside, it
/// prints the time to build the client, the first call, and the assemblies loaded.
/// </summary>
internal static class ColdStart
{
    public const string Switch = "--cold-start";

    public static async Task<int> RunAsync(string client, Uri baseAddress, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();

        // One method per client: this method's code names none of their types, so a cold start loads one client's assemblies.
        (Func<Task<string>> FirstGet, IDisposable Owned)? built = client switch
        {
            "sdk" => Sdk(baseAddress),
            "nswag" => NSwag(baseAddress),
            "kiota" => Kiota(baseAddress),
            "baseline" => Baseline(baseAddress),
            _ => null,
        };
        if (built is not { } started)
        {
            await output.WriteLineAsync($"unknown client '{client}': sdk, nswag, kiota or baseline");
            return 2;
        }

        var buildTime = stopwatch.Elapsed;
        var id = await started.FirstGet();
        var answered = stopwatch.Elapsed;
        started.Owned.Dispose();
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{client}: {id}; client built in {buildTime.TotalMilliseconds:F1} ms, first GetAsync {(answered - buildTime).TotalMilliseconds:F1} ms,"
            + $" {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies loaded,"
            + $" {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms since the process started"));
        return id == CannedBodies.SubscriberId ? 0 : 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Func<Task<string>>, IDisposable) Sdk(Uri baseAddress)
    {
        var sdk = WispGateClient.Create(new WispGateClientOptions { BaseUrl = baseAddress, ApiToken = Clients.Token });
        return (async () => (await sdk.Subscribers.GetAsync(CannedBodies.SubscriberId)).Data.Id, sdk);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Func<Task<string>>, IDisposable) NSwag(Uri baseAddress)
    {
        var http = GeneratedClients.CreateNSwagHttpClient(baseAddress, Clients.Token, primaryHandler: null);
        var nswag = new Generated.NSwag.WispGateNSwagClient(http);
        return (async () => (await nswag.GetSubscriberAsync(CannedBodies.SubscriberId)).Data.Id, http);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Func<Task<string>>, IDisposable) Kiota(Uri baseAddress)
    {
        var http = GeneratedClients.CreateKiotaHttpClient(Clients.Token, primaryHandler: null);
        var kiota = GeneratedClients.CreateKiotaClient(baseAddress, http);
        return (async () => (await kiota.Api.V1.Subscribers[CannedBodies.SubscriberId].GetAsync())!.Data!.Id!, http);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Func<Task<string>>, IDisposable) Baseline(Uri baseAddress)
    {
        var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = baseAddress };
        var baseline = new BaselineClient(http, Clients.Token);
        return (async () => (await baseline.GetAsync(CannedBodies.SubscriberId)).Id, http);
    }
}
