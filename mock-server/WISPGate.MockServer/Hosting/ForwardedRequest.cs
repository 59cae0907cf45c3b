using System.Security.Cryptography.X509Certificates;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The request the proxy forwards: WireMock's (redacted) request message with the real secret headers and body put
/// back (and a <c>Via</c> header added). Everything else is the original's. Never logged: WireMock logs the original.
/// </summary>
internal sealed class ForwardedRequest(IRequestMessage original, IDictionary<string, WireMockList<string>> headers, IBodyData? body) : IRequestMessage
{
    /// <inheritdoc />
    public string ClientIP => original.ClientIP;

    /// <inheritdoc />
    public string Url => original.Url;

    /// <inheritdoc />
    public string AbsoluteUrl => original.AbsoluteUrl;

    /// <inheritdoc />
    public string? ProxyUrl { get; set; }

    /// <inheritdoc />
    public DateTime DateTime => original.DateTime;

    /// <inheritdoc />
    public string Path => original.Path;

    /// <inheritdoc />
    public string AbsolutePath => original.AbsolutePath;

    /// <inheritdoc />
    public string[] PathSegments => original.PathSegments;

    /// <inheritdoc />
    public string[] AbsolutePathSegments => original.AbsolutePathSegments;

    /// <inheritdoc />
    public string Method => original.Method;

    /// <inheritdoc />
    public string HttpVersion => original.HttpVersion;

    /// <inheritdoc />
    public IDictionary<string, WireMockList<string>>? Headers => headers;

    /// <inheritdoc />
    public IDictionary<string, string>? Cookies => original.Cookies;

    /// <inheritdoc />
    public IDictionary<string, WireMockList<string>>? Query => original.Query;

    /// <inheritdoc />
    public IDictionary<string, WireMockList<string>>? QueryIgnoreCase => original.QueryIgnoreCase;

    /// <inheritdoc />
    public string RawQuery => original.RawQuery;

    /// <inheritdoc />
    public IBodyData? BodyData => body;

    /// <inheritdoc />
    public string? Body => body?.BodyAsString;

    /// <inheritdoc />
    public object? BodyAsJson => body?.BodyAsJson;

    /// <inheritdoc />
    public byte[]? BodyAsBytes => body?.BodyAsBytes;

    /// <inheritdoc />
    public WireMock.Models.Mime.IMimeMessageData? BodyAsMimeMessage => original.BodyAsMimeMessage;

    /// <inheritdoc />
    public string? DetectedBodyType => body?.DetectedBodyType?.ToString();

    /// <inheritdoc />
    public string? DetectedBodyTypeFromContentType => body?.DetectedBodyTypeFromContentType?.ToString();

    /// <inheritdoc />
    public string? DetectedCompression => original.DetectedCompression;

    /// <inheritdoc />
    public string Host => original.Host;

    /// <inheritdoc />
    public string Protocol => original.Protocol;

    /// <inheritdoc />
    public int Port => original.Port;

    /// <inheritdoc />
    public string Origin => original.Origin;

    /// <inheritdoc />
    public X509Certificate2? ClientCertificate => original.ClientCertificate;

    /// <inheritdoc />
    public WireMockList<string>? GetParameter(string key, bool ignoreCase = false)
    {
        var query = ignoreCase ? QueryIgnoreCase : Query;
        return query is not null && query.TryGetValue(key, out var values) ? values : null;
    }
}
