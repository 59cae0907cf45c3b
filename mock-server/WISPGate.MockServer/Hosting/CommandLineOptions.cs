using System.Globalization;

namespace WISPGate.MockServer.Hosting;

/// <summary>The command line of the mock server host, parsed.</summary>
internal sealed record CommandLineOptions(WispGateMockServerOptions Server, bool ShowHelp, string? ReadyFile = null, Uri? Probe = null)
{
    /// <summary>The default port of the command-line host.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Where <c>--record</c> writes without <c>--record-dir</c>.</summary>
    public const string DefaultRecordDirectory = "recordings";

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: wispgate-mock [options]
               (from the repository: dotnet run --project mock-server/WISPGate.MockServer.Tool -- [options])

          --port <n>             Port on 127.0.0.1 (default 5080; 0 picks a free port)
          --urls <url[;url]>     Listen URLs instead, e.g. http://0.0.0.0:5080
          --seed <seed>          demo (default) | empty | <file.json>: a seed file or a state snapshot
                                 (GET /__admin/wispgate/state); a reset goes back to it
          --rate-limit <n>       Requests per second per token (default 1000)
          --admin-token <secret> Require "Authorization: Bearer <secret>" on /__admin/* (use it on shared machines:
                                 without it the admin API is open to every local process)
          --ready-file <path>    Once the server answers /health, write its base URL (the SDK's BaseUrl) to <path>,
                                 e.g. with --port 0 in CI scripts
          --admin-file-api       Allow WireMock's admin endpoints that read or write files (/__admin/files,
                                 /__admin/mappings/save, ...) and settings changes (off by default)
          --docs-try-it          Keep "Try it" on the /docs pages with --admin-token (otherwise off there)
          --max-records <n>      Records per tenant before creates answer 409 storage_limit_reached (default 25000)
          --max-log-entries <n>  Events, webhook deliveries and idempotency keys kept per tenant, each; the oldest
                                 go first (default 25000)
          --proxy-to <url>       Forward every API request (not /__admin) to this WISPGate base URL and answer with
                                 its response instead of the built-in behaviour (record and replay)
          --record               With --proxy-to: save each exchange as a WireMock mapping file, secrets redacted
          --record-dir <dir>     Where --record writes (default ./recordings; created when missing)
          --replay <dir>         Serve the mapping files of <dir> (e.g. a --record-dir) in front of the contract
                                 behaviour; requests they do not match get the built-in behaviour (or --proxy-to)
          --probe <url>          Do not serve: GET <url> (e.g. http://127.0.0.1:5080/health) and exit 0 on a 2xx
                                 answer within 5 s, else 1 (the container image's HEALTHCHECK)
          -h, --help             Show this help
        """;

    /// <summary>Parses arguments; returns null with a reason for anything it does not understand.</summary>
    public static CommandLineOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        error = string.Empty;
        var options = new WispGateMockServerOptions { Port = DefaultPort };
        string? readyFile = null;
        var record = false;
        string? recordDirectory = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name is "-h" or "--help")
            {
                return new CommandLineOptions(options, ShowHelp: true);
            }

            if (name is "--admin-file-api" && inlineValue is null)
            {
                options = options with { AdminFileApi = true };
                continue;
            }

            if (name is "--probe")
            {
                var target = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                if (!Uri.TryCreate(target, UriKind.Absolute, out var probe) || probe.Scheme is not ("http" or "https"))
                {
                    error = $"--probe needs an http(s) URL, not '{target}'.";
                    return null;
                }

                return new CommandLineOptions(options, ShowHelp: false, Probe: probe);
            }

            if (name is "--record" && inlineValue is null)
            {
                record = true;
                continue;
            }

            if (name is "--docs-try-it" && inlineValue is null)
            {
                options = options with { DocsTryIt = true };
                continue;
            }

            if (name is not ("--port" or "--urls" or "--seed" or "--rate-limit" or "--admin-token" or "--max-records" or "--max-log-entries" or "--ready-file" or "--proxy-to" or "--record-dir" or "--replay"))
            {
                error = $"Unknown option '{args[i]}'.";
                return null;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"Option '{name}' needs a value.";
                return null;
            }

            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    options = options with { Port = port };
                    break;
                case "--port":
                    error = $"--port must be a number from 0 to 65535, not '{value}'.";
                    return null;
                case "--urls":
                    var urls = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (urls.Length == 0 || urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                    {
                        error = $"--urls must be http(s) URLs separated by ';', not '{value}'.";
                        return null;
                    }

                    options = options with { Urls = urls };
                    break;
                case "--seed":
                    options = options with { Seed = value };
                    break;
                case "--rate-limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1:
                    options = options with { RateLimitPerSecond = limit };
                    break;
                case "--rate-limit":
                    error = $"--rate-limit must be a whole number of requests per second (at least 1), not '{value}'.";
                    return null;
                case "--admin-token":
                    options = options with { AdminToken = value };
                    break;
                case "--max-records" when TryParseCount(value, out var records):
                    options = options with { MaxRecordsPerTenant = records };
                    break;
                case "--max-log-entries" when TryParseCount(value, out var entries):
                    options = options with { MaxLogEntriesPerTenant = entries };
                    break;
                case "--max-records" or "--max-log-entries":
                    error = $"{name} must be a whole number of at least 1, not '{value}'.";
                    return null;
                case "--ready-file":
                    readyFile = value;
                    break;
                case "--proxy-to" when RecordingProxy.Problem(value, out _) is { } problem:
                    error = $"--proxy-to '{value}': {problem}";
                    return null;
                case "--proxy-to":
                    options = options with { ProxyTo = value };
                    break;
                case "--record-dir":
                    recordDirectory = value;
                    break;
                case "--replay" when !Directory.Exists(value):
                    error = $"--replay '{value}': no such directory.";
                    return null;
                case "--replay":
                    options = options with { ReplayDirectory = value };
                    break;
            }
        }

        if ((record || recordDirectory is not null) && options.ProxyTo is null)
        {
            error = "--record records what the proxy forwards: it needs --proxy-to <url>.";
            return null;
        }

        if (recordDirectory is not null && !record)
        {
            error = "--record-dir is where --record writes: add --record.";
            return null;
        }

        if (record)
        {
            options = options with { RecordDirectory = recordDirectory ?? DefaultRecordDirectory };
        }

        return new CommandLineOptions(options, ShowHelp: false, readyFile);
    }

    private static bool TryParseCount(string value, out int count) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }
}
