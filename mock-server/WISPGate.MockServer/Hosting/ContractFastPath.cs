using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Newtonsoft.Json;
using WireMock;
using WireMock.Logging;
using WireMock.Models;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// Answers contract requests without WireMock's per-request work while no user stub exists: WireMock would match the
/// request against every mapping (~56 with its admin interface and the WISPGate admin API) only to pick the built-in
/// contract mapping, map it into its own request and response messages, and log it by copying and sorting its whole
/// request log. Here the pipeline runs straight on the ASP.NET Core request, and one log entry is appended to
/// WireMock's request log (<see cref="WireMockJournal"/>), with the secrets redacted as before — so
/// <c>/__admin/requests</c> still shows the API traffic.
/// <para>
/// The fast path steps aside (the request goes through WireMock as before) for <c>/__admin</c> paths; as soon as any
/// mapping other than the built-in ones exists (a user stub added through <c>/__admin/mappings</c> or
/// <c>server.WireMock</c>, replay, proxy) — so user stubs still win; for a compressed request body (WireMock inflates
/// it); and when WireMock's settings change how it handles a request (<see cref="WireMockJournal.SettingsAllowFastPath"/>).
/// </para>
/// </summary>
internal sealed class ContractFastPath
{
    /// <summary>Set (to anything) to switch the fast path off: a diagnostic for the load test's A/B runs.</summary>
    public const string DisableVariable = "WISPGATE_MOCK_NO_FAST_PATH";

    // WireMock's HttpKnownHeaderNames.IsRestrictedResponseHeader (Content-Type is set through its property).
    private static readonly HashSet<string> RestrictedResponseHeaders = new(
        ["Accept", "Connection", "Date", "Expect", "Host", "If-Modified-Since", "Range", "Referer", "Transfer-Encoding", "User-Agent", "Proxy-Connection"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly WireMockJournal _journal;
    private readonly HashSet<Guid> _builtIn;
    private readonly Guid _contractMapping;
    private readonly string _contractTitle;
    private readonly Func<ApiRequest, HttpContext?, Task<IResponseMessage>> _handle;

    private ContractFastPath(WireMockJournal journal, IEnumerable<Guid> builtIn, IMapping contract, Func<ApiRequest, HttpContext?, Task<IResponseMessage>> handle)
    {
        _journal = journal;
        _builtIn = [.. builtIn];
        _contractMapping = contract.Guid;
        _contractTitle = contract.Title ?? string.Empty;
        _handle = handle;
    }

    /// <summary>
    /// The fast path for a server whose mappings are, right now, only the built-in ones; null when WireMock's
    /// internals cannot be bound or the fast path is switched off (<see cref="DisableVariable"/>).
    /// </summary>
    public static ContractFastPath? Create(WireMockServer server, Guid contractMapping, Func<ApiRequest, HttpContext?, Task<IResponseMessage>> handle)
    {
        if (Environment.GetEnvironmentVariable(DisableVariable) is { Length: > 0 } || WireMockJournal.TryBind(server) is not { } journal)
        {
            return null;
        }

        var contract = journal.Mappings.TryGetValue(contractMapping, out var mapping) ? mapping : null;
        return contract is null ? null : new ContractFastPath(journal, journal.Mappings.Keys, contract, handle);
    }

    /// <summary>Handles one request, or passes it on to WireMock.</summary>
    public Task InvokeAsync(HttpContext context, Func<Task> next) =>
        Applies(context) ? HandleAsync(context) : next();

    /// <summary>Whether only the built-in mappings exist (the contract's, the admin interface's, the WISPGate admin API's).</summary>
    public bool OnlyBuiltInMappings()
    {
        // Enumerating a ConcurrentDictionary takes no lock and does not copy.
        foreach (var (guid, mapping) in _journal.Mappings)
        {
            if (!mapping.IsAdminInterface && !_builtIn.Contains(guid))
            {
                return false;
            }
        }

        return _journal.Mappings.ContainsKey(_contractMapping);
    }

    private bool Applies(HttpContext context)
    {
        var request = context.Request;
        return !request.PathBase.HasValue
            && !CanonicalPath.IsAdmin(request.Path.Value ?? "/")
            && !request.Headers.ContainsKey(WireHeaders.ContentEncoding)
            && OnlyBuiltInMappings()
            && _journal.SettingsAllowFastPath();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        var body = HasBody(http.Method) ? await ReadBodyAsync(http, context.RequestAborted) : null;

        // The headers as WireMock would see them (secrets already redacted by SecretRedactionMiddleware) for the log, and
        // for the pipeline (which puts the secrets back).
        var logged = new Dictionary<string, string[]>(http.Headers.Count, StringComparer.OrdinalIgnoreCase);
        var headers = new Dictionary<string, string>(http.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in http.Headers)
        {
            var array = values.ToArray()!;
            logged[name] = array!;
            headers[name] = array.Length > 0 ? array[0] ?? string.Empty : string.Empty;
        }

        var request = WireMockBridge.ToApiRequest(http.Method, WireMockBridge.RawPath(context)!, http.QueryString.Value, headers, body, context);

        IResponseMessage response;
        try
        {
            response = await _handle(request, context);
        }
#pragma warning disable CA1031 // As WireMock does for a failing callback: 500 with the message.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            response = new ResponseMessage
            {
                StatusCode = 500,
                Headers = new Dictionary<string, WireMockList<string>> { [WireHeaders.ContentType] = new("application/json") },
                BodyData = new BodyData { BodyAsBytes = Utf8.GetBytes(JsonConvert.SerializeObject(new { Status = exception.Message })), DetectedBodyType = BodyType.Bytes },
            };
        }

        Log(context, logged, body, response);
        if (response.StatusCode is 499 && context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await WriteAsync(context.Response, response);
    }

    // WireMock reads a body for every method but GET, HEAD, TRACE and CONNECT (BodyParser.ShouldParseBody).
    private static bool HasBody(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsTrace(method) || HttpMethods.IsConnect(method));

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length and <= BodyLimits.MaxBodyBytes)
        {
            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
                if (count == 0)
                {
                    return buffer[..read];
                }

                read += count;
            }

            return buffer;
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    // WireMock's OwinResponseMapper: Date first, Content-Type and Content-Length by their properties, restricted
    // headers dropped, then the body.
    private static async Task WriteAsync(HttpResponse http, IResponseMessage response)
    {
        var bytes = response.BodyData?.BodyAsBytes
            ?? (response.BodyData?.BodyAsString is { } text ? Utf8.GetBytes(text) : null);
        http.StatusCode = response.StatusCode is int status ? status : 200;
        http.Headers.Append("Date", DateTime.UtcNow.ToString(CultureInfo.InvariantCulture.DateTimeFormat.RFC1123Pattern, CultureInfo.InvariantCulture));
        foreach (var (name, values) in response.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            if (string.Equals(name, WireHeaders.ContentType, StringComparison.OrdinalIgnoreCase))
            {
                http.ContentType = values.FirstOrDefault();
            }
            else if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (bytes is null && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                {
                    http.ContentLength = length;
                }
            }
            else if (!RestrictedResponseHeaders.Contains(name))
            {
                http.Headers.Append(name, values.ToArray());
            }
        }

        if (bytes is not null)
        {
            await http.Body.WriteAsync(bytes);
        }
    }

    private void Log(HttpContext context, Dictionary<string, string[]> headers, byte[]? body, IResponseMessage response)
    {
        var http = context.Request;
        var url = new Uri(http.GetEncodedUrl());
        var cookies = http.Cookies.Count == 0 ? null : http.Cookies.ToDictionary(c => c.Key, c => c.Value);
        var message = _journal.RequestMessage(
            new UrlDetails(url, url),
            http.Method,
            context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
            body is null ? null : LoggedBody(body, http.ContentType),
            headers,
            cookies);
        _journal.Append(new LogEntry
        {
            Guid = Guid.NewGuid(),
            RequestMessage = message,
            ResponseMessage = response,
            MappingGuid = _contractMapping,
            MappingTitle = _contractTitle,
            RequestMatchResult = null!,
            PartialMatchResult = null!,
        });
    }

    // The request body as WireMock's BodyParser records it: JSON parsed (Newtonsoft, as WireMock), text as a string,
    // anything else as bytes.
    private static BodyData LoggedBody(byte[] body, string? contentType)
    {
        var fromContentType = IsJson(contentType) ? BodyType.Json : BodyType.Bytes;
        var data = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes, DetectedBodyTypeFromContentType = fromContentType };
        if (body.Length == 0)
        {
            return data;
        }

        string text;
        try
        {
            text = Utf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return data;
        }

        data.BodyAsString = text;
        data.Encoding = Utf8;
        data.DetectedBodyType = BodyType.String;
        if (fromContentType == BodyType.Json)
        {
            try
            {
                data.BodyAsJson = JsonConvert.DeserializeObject(text);
                data.DetectedBodyType = BodyType.Json;
            }
            catch (JsonException)
            {
                // Not JSON after all: logged as text, as WireMock does.
            }
        }

        return data;
    }

    // application/json or application/vnd.*+json, as WireMock's BodyParser tells JSON apart.
    private static bool IsJson(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim() ?? string.Empty;
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/vnd.", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
