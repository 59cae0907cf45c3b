using System.Net.Sockets;
using System.Text;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>
/// One HTTP/1.1 request written byte for byte over a socket: HttpClient and <see cref="Uri"/> normalize a target
/// (dot segments, some escapes), and the spelling is the point of the tests that use this.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Sends <c>{method} {target} HTTP/1.1</c> with the headers and body given; answers status, headers and body.</summary>
    public static async Task<RawResponse> SendAsync(string baseUrl, string method, string target, IReadOnlyDictionary<string, string>? headers = null, string? body = null)
    {
        var root = new Uri(baseUrl);
        var bodyBytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(root.Authority).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body is not null)
        {
            request.Append("Content-Length: ").Append(bodyBytes.Length).Append("\r\n");
        }

        request.Append("\r\n");
        return await SendBytesAsync(baseUrl, [.. Encoding.ASCII.GetBytes(request.ToString()), .. bodyBytes]);
    }

    /// <summary>Sends bytes HttpClient would refuse to send (malformed framing, HTTP/1.0 without Host); the request must ask to close.</summary>
    public static async Task<RawResponse> SendBytesAsync(string baseUrl, byte[] request)
    {
        var root = new Uri(baseUrl);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        using var socket = new TcpClient();
        await socket.ConnectAsync(root.Host, root.Port, timeout.Token);
        await using var stream = socket.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        return RawResponse.Parse(answer.ToArray());
    }
}
