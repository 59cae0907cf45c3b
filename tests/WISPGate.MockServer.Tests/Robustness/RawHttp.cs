using System.Net.Sockets;
using System.Text;

namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>Sends bytes HttpClient would refuse to send (malformed framing, HTTP/1.0 without Host) and reads the answer.</summary>
public static class RawHttp
{
    /// <summary>The status line's code, the headers and the (de-chunked) body of the answer; the request must ask to close.</summary>
    public static async Task<(int Status, IReadOnlyDictionary<string, string> Headers, string Body)> SendAsync(WispGateMockServer server, byte[] request)
    {
        var uri = new Uri(server.BaseUrl);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, deadline.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, deadline.Token);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, deadline.Token);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = text[..split].Split("\r\n");
        var headers = head.Skip(1).Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = text[(split + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return (int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var end = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[position..end], 16);
            if (size == 0)
            {
                return result.ToString();
            }

            result.Append(chunked, end + 2, size);
            position = end + 2 + size + 2;
        }
    }
}
