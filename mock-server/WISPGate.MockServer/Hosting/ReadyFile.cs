namespace WISPGate.MockServer.Hosting;

/// <summary>
/// <c>--ready-file</c>: once the server answers <c>GET /health</c>, its base URL (the value for the SDK's <c>BaseUrl</c>)
/// is written to the file, atomically (a temporary file moved into place), so a CI script can wait for the file and read
/// the port that <c>--port 0</c> chose.
/// </summary>
internal static class ReadyFile
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>Waits for <c>/health</c> (at most 30 s), then writes <paramref name="baseUrl"/> and a newline to <paramref name="path"/>.</summary>
    public static async Task WriteWhenHealthyAsync(string baseUrl, string path, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri($"{baseUrl}/health");
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(health, deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // One attempt timed out; try again.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{health} did not answer within {Deadline.TotalSeconds:0} s.");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{health} did not answer within {Deadline.TotalSeconds:0} s.");
            }
        }

        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, baseUrl + "\n", cancellationToken);
        File.Move(temporary, full, overwrite: true);
    }
}
