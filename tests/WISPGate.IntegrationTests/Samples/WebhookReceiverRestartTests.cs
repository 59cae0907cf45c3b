using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WISPGate.MockServer;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The flow for a receiver that restarts (docs/sdk-guide.md), run with the WebhookReceiver sample as a process against the mock server:
/// the first start registers an endpoint; a restart that knows only the endpoint id (the secret was shown once and not
/// stored) moves the endpoint to its new address and rotates the secret instead of creating a second endpoint, and
/// deliveries keep arriving verified.
/// </summary>
public sealed partial class WebhookReceiverRestartTests
{
    private static string WebhookReceiverDll => typeof(WebhookReceiverRestartTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebhookReceiverDll").Value!;

    [Fact]
    public async Task A_restarted_receiver_reuses_its_endpoint_with_a_rotated_secret_and_keeps_receiving()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WispGateMockServer.StartAsync(cancellationToken: ct);
        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.DemoTokens.ReadWrite);

        string endpointId;
        await using (var first = Receiver.Start(server, endpointId: null))
        {
            endpointId = (await first.WaitForLineAsync(RegisteredLine(), ct)).Groups["id"].Value;
            await CreateSubscriberAsync(api, "Ada First", ct);
            await first.WaitForLineAsync(new Regex("subscriber.created: subscriber sub_\\w+ Ada First is Prospect"), ct);
        }

        await using (var second = Receiver.Start(server, endpointId))
        {
            await second.WaitForLineAsync(new Regex($"Reusing webhook endpoint {endpointId} for http://127\\.0\\.0\\.1:\\d+/webhooks/wispgate with a rotated secret"), ct);
            await CreateSubscriberAsync(api, "Ada Second", ct);
            await second.WaitForLineAsync(new Regex("subscriber.created: subscriber sub_\\w+ Ada Second is Prospect"), ct);
        }

        using var endpoints = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/webhook-endpoints", UriKind.Relative), ct));
        endpoints.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .Should().Equal([endpointId], "a restart reuses the endpoint instead of creating another");
    }

    private static async Task CreateSubscriberAsync(HttpClient api, string name, CancellationToken ct)
    {
        using var created = await api.PostAsJsonAsync(
            new Uri("/api/v1/subscribers", UriKind.Relative),
            new { external_id = $"restart-{Guid.NewGuid():N}", full_name = name, email = "ada@example.net", status = "prospect" },
            ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(ct));
    }

    [GeneratedRegex(@"Registered webhook endpoint (?<id>whe_\w+) for http://127\.0\.0\.1:\d+/webhooks/wispgate")]
    private static partial Regex RegisteredLine();

    /// <summary>The sample as a process on a free loopback port, registering itself with the mock server.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly List<(Regex Pattern, TaskCompletionSource<Match> Seen)> _waits = [];

        private Receiver(Process process) => _process = process;

        public static Receiver Start(WispGateMockServer server, string? endpointId)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(WebhookReceiverDll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.Environment["WISPGate__BaseUrl"] = server.BaseUrl;
            start.Environment["WISPGate__ApiToken"] = server.DemoTokens.ReadWrite;
            start.Environment["WebhookReceiver__SigningSecret"] = string.Empty;
            if (endpointId is not null)
            {
                start.Environment["WebhookReceiver__EndpointId"] = endpointId;
            }

            start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
            start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
            var receiver = new Receiver(Process.Start(start)!);
            receiver._process.OutputDataReceived += (_, e) => receiver.OnLine(e.Data);
            receiver._process.BeginOutputReadLine();
            receiver._process.BeginErrorReadLine();
            return receiver;
        }

        public async Task<Match> WaitForLineAsync(Regex pattern, CancellationToken ct)
        {
            var seen = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_output)
            {
                var earlier = pattern.Match(_output.ToString());
                if (earlier.Success)
                {
                    return earlier;
                }

                _waits.Add((pattern, seen));
            }

            try
            {
                return await seen.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);
            }
            catch (TimeoutException)
            {
                lock (_output)
                {
                    throw new TimeoutException($"The receiver never printed /{pattern}/:\n{_output}");
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync(CancellationToken.None);
            _process.Dispose();
        }

        private void OnLine(string? line)
        {
            lock (_output)
            {
                if (line is null)
                {
                    foreach (var (_, seen) in _waits)
                    {
                        seen.TrySetException(new InvalidOperationException($"The receiver exited:\n{_output}"));
                    }

                    return;
                }

                _output.AppendLine(line);
                foreach (var (pattern, seen) in _waits)
                {
                    var match = pattern.Match(line);
                    if (match.Success)
                    {
                        seen.TrySetResult(match);
                    }
                }
            }
        }
    }
}
