using System.Text;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>A response read off the socket by <see cref="RawHttp"/>.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Parses a whole HTTP/1.1 response (a chunked body is joined).</summary>
    public static RawResponse Parse(byte[] bytes)
    {
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(split < 0 ? bytes : bytes[..split]);
        var body = split < 0 ? [] : bytes[(split + 4)..];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
    }

    /// <summary>Deconstructs into status, headers and body.</summary>
    public void Deconstruct(out int status, out IReadOnlyDictionary<string, string> headers, out string body) =>
        (status, headers, body) = (Status, Headers, Body);

    /// <summary>The error code of an error envelope, or null.</summary>
    public string? ErrorCode =>
        Body.StartsWith('{') && JsonDocument.Parse(Body).RootElement.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null;

    private static byte[] Unchunk(byte[] chunked)
    {
        using var joined = new MemoryStream();
        var at = 0;
        while (true)
        {
            var lineEnd = at + chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked[at..lineEnd]).Split(';')[0], 16);
            if (size == 0)
            {
                return joined.ToArray();
            }

            joined.Write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
