using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol: one browser process, one tab; navigate,
/// read the rendered DOM, collect console errors and page exceptions, take screenshots.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Process _process;
    private readonly string _profileDirectory;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _loaded = NewSignal();
    private Task _receiveLoop = Task.CompletedTask;
    private string _sessionId = "";
    private int _nextId;

    private HeadlessChromium(Process process, string profileDirectory)
    {
        _process = process;
        _profileDirectory = profileDirectory;
    }

    /// <summary>The browser binary on this machine, or null when none is installed.</summary>
    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    /// <summary>Starts the browser and opens one tab.</summary>
    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Executable ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium).");
        var profile = Directory.CreateTempSubdirectory("wispgate-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,900",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync(cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url, CancellationToken cancellationToken)
    {
        _errors.Clear();
        _loaded = NewSignal();
        var navigation = await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken);
        if (navigation["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Navigation to {url} failed: {error}");
        }

        await _loaded.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>Console errors, failed loads and uncaught exceptions since the last navigation.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Evaluates a JavaScript expression in the page and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, cancellationToken);
        return result["result"]?["value"];
    }

    /// <summary>Saves a full-page PNG screenshot.</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true }, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()), cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        try
        {
            await _receiveLoop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profileDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still release files for a moment; a temp folder left behind is harmless.
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        // Chromium writes the port it chose and the browser's DevTools path into this file once it listens.
        var portFile = Path.Combine(_profileDirectory, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] lines = [];
        while (lines.Length < 2)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("Chromium did not open its DevTools port.");
            }

            await Task.Delay(100, cancellationToken);
            lines = File.Exists(portFile) ? (await File.ReadAllLinesAsync(portFile, cancellationToken)).Where(l => l.Length > 0).ToArray() : [];
        }

        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), cancellationToken);
        _receiveLoop = Task.Run(ReceiveLoopAsync, CancellationToken.None);

        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, cancellationToken, browserLevel: true);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, cancellationToken, browserLevel: true);
        _sessionId = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable" })
        {
            await SendAsync(domain, [], cancellationToken);
        }
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, CancellationToken cancellationToken, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browserLevel)
        {
            message["sessionId"] = _sessionId;
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        var response = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"] as JsonObject ?? [];
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!.AsObject();
            message.SetLength(0);
            Dispatch(node);
        }
    }

    private void Dispatch(JsonObject node)
    {
        if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            reply.TrySetResult(node);
            return;
        }

        var parameters = node["params"];
        switch (node["method"]?.GetValue<string>())
        {
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Runtime.exceptionThrown":
                _errors.Enqueue("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
                break;
            case "Runtime.consoleAPICalled" when (parameters?["type"]?.GetValue<string>() is "error" or "assert"):
                _errors.Enqueue("console: " + parameters["args"]?.ToJsonString());
                break;
            case "Log.entryAdded" when (parameters?["entry"]?["level"]?.GetValue<string>() == "error"):
                _errors.Enqueue("log: " + parameters["entry"]?["text"] + " " + parameters["entry"]?["url"]);
                break;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
