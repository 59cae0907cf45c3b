using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>A request as it travels through the pipeline; each step fills in what it established.</summary>
internal sealed class ApiRequest
{
    private Dictionary<string, StringValues>? _query;

    /// <summary>Creates a request.</summary>
    public ApiRequest(string method, string path, string? rawQuery, IReadOnlyDictionary<string, string> headers, byte[] body, RequestConnection connection)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        RawQuery = rawQuery ?? string.Empty;
        Headers = headers;
        Body = body;
        Connection = connection;
        RequestId = RequestIds.FromClient(Header(WireHeaders.RequestId));
    }

    /// <summary>HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>Request path without the query.</summary>
    public string Path { get; }

    /// <summary>The raw query string.</summary>
    public string RawQuery { get; }

    /// <summary>Request headers, case-insensitive, first value.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw body (empty when there is none).</summary>
    public byte[] Body { get; }

    /// <summary>The connection, to drop it or notice the client leaving.</summary>
    public RequestConnection Connection { get; }

    /// <summary>The request id: the client's <c>X-Request-ID</c> when it is safe, else a fresh one (<see cref="RequestIds"/>).</summary>
    public string RequestId { get; init; }

    /// <summary>The route lookup.</summary>
    public RouteMatch? Route { get; set; }

    /// <summary>The operation, once routed.</summary>
    public OperationDescriptor? Operation => Route?.Operation;

    /// <summary>The rate-limit window this request was counted in (what its <c>RateLimit-*</c> headers say).</summary>
    public RateLimitDecision? RateLimit { get; set; }

    /// <summary>The authenticated caller, for operations that need one.</summary>
    public ApiCaller? Caller { get; set; }

    /// <summary>The parsed body (a JSON body, or a form turned into a JSON object), once read.</summary>
    public JsonElement? ParsedBody { get; set; }

    /// <summary>An injected delay the handler step waits out before running the operation (fault injection).</summary>
    public TimeSpan InjectedDelay { get; set; }

    /// <summary>Query parameters (repeated names keep every value).</summary>
    public IReadOnlyDictionary<string, StringValues> Query => _query ??= QueryHelpers.ParseQuery(RawQuery);

    /// <summary>A header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
