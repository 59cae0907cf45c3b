using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>The <c>wispgate-mock</c> command-line host (the tool project's build output) as a child process.</summary>
public static partial class ToolHost
{
    /// <summary>How long a start, a line or an exit may take.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string ToolDll = typeof(ToolHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MockServerToolDll").Value!;

    /// <summary>Starts the host with <paramref name="args"/>, standard output and error redirected.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ToolDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    /// <summary>Reads standard output up to the "listening on" line; answers the URL and the lines read so far.</summary>
    public static async Task<(string Url, IReadOnlyList<string> Lines)> WaitForUrlAsync(Process host)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        var lines = new List<string>();
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                return (match.Groups[1].Value, lines);
            }
        }

        throw new InvalidOperationException("The host exited without printing its URL: " + await host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex(@"listening on (http://\S+)$")]
    private static partial Regex ListeningLine();
}
