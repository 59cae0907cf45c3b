using System.Diagnostics;

namespace WISPGate.Benchmarks.Canned;

/// <summary>
/// <see cref="CannedServer"/> in a process of its own (this program started with <c>--canned-server</c>), as a user's
/// server is: the client's garbage collections and thread pool do not pause or crowd the server, so the loopback
/// ratios compare the clients, not what their allocations do to a server sharing their process.
/// </summary>
internal sealed class CannedServerProcess : IDisposable
{
    /// <summary>The switch that makes this program serve the canned bodies until its standard input closes.</summary>
    public const string Switch = "--canned-server";

    private const string ListeningPrefix = "listening on ";

    private readonly Process _process;

    private CannedServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static CannedServerProcess Start()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // Under `dotnet X.dll` the process path is the dotnet host; under an apphost it is the program itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CannedServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add(Switch);

        // Under dotnet-trace the server would inherit the tracer's suspended diagnostic port and wait for it forever.
        start.Environment.Remove("DOTNET_DiagnosticPorts");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The canned server did not start.");
        var line = process.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The canned server did not report its address: '{line}'.");
        }

        return new CannedServerProcess(process, new Uri(line[ListeningPrefix.Length..]));
    }

    /// <summary>The server side: serves until standard input closes (the benchmark process ended or disposed it).</summary>
    public static async Task ServeAsync()
    {
        await using var server = await CannedServer.StartAsync();
        Console.WriteLine(ListeningPrefix + server.BaseAddress);
        await Console.In.ReadToEndAsync();
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
