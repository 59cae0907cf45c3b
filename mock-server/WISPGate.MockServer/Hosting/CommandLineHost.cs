using System.Runtime.InteropServices;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The command-line host: parse flags (usage and exit code 2 when they are wrong), start, print the base URL and the
/// demo token, serve until Ctrl-C or SIGTERM, stop cleanly (exit code 0).
/// </summary>
internal static class CommandLineHost
{
    /// <summary>Exit code for bad flags or an unusable seed.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the server cannot start (e.g. the port is taken).</summary>
    public const int StartFailure = 1;

    /// <summary>Runs the host.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CommandLineOptions.Parse(args, out var error);
        if (parsed is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(CommandLineOptions.Usage);
            return UsageError;
        }

        if (parsed.ShowHelp)
        {
            Console.WriteLine(CommandLineOptions.Usage);
            return 0;
        }

        if (parsed.Probe is { } probe)
        {
            return await ProbeAsync(probe);
        }

        using var stop = new CancellationTokenSource();
        void RequestStop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

        WispGateMockServer server;
        try
        {
            server = await WispGateMockServer.StartAsync(parsed.Server);
        }
        catch (InvalidDataException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return UsageError;
        }
#pragma warning disable CA1031 // Any start-up failure (port in use, ...) ends the host with a message, not a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"The mock server could not start: {exception.Message}");
            return StartFailure;
        }

        await using (server)
        {
            Console.WriteLine($"WISPGate mock server listening on {server.BaseUrl}");
            Console.WriteLine($"SDK BaseUrl (WispGate:BaseUrl): {server.BaseUrl} (the SDK adds /api/v1/... itself; contract at {server.BaseUrl}/api/v1/openapi.json)");
            foreach (var line in Banner.Lines(server.SeedState, parsed.Server))
            {
                Console.WriteLine(line);
            }

            if (parsed.ReadyFile is { } readyFile)
            {
                try
                {
                    await ReadyFile.WriteWhenHealthyAsync(server.BaseUrl, readyFile, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return 0;
                }
#pragma warning disable CA1031 // A ready file that cannot be written ends the host with a message, not a stack trace.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    await Console.Error.WriteLineAsync($"The ready file could not be written: {exception.Message}");
                    return StartFailure;
                }

                Console.WriteLine($"Ready: wrote {server.BaseUrl} to {readyFile}");
            }

            Console.WriteLine("Press Ctrl-C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }
        }

        return 0;
    }

    // --probe: one GET, 0 on a 2xx answer within 5 s, else 1 (a health check without curl in the image).
    private static async Task<int> ProbeAsync(Uri url)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : StartFailure;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {exception.Message}");
            return StartFailure;
        }
    }
}
