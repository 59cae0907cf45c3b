using System.Net;
using System.Text.Json;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// What a pipeline step or handler answers, before it is rendered: a status and either data (wrapped in the
/// success envelope), an error (wrapped in the error envelope) or a raw body (sent as is). Steps add headers
/// on the way out.
/// </summary>
internal sealed class ApiResult
{
    private ApiResult(int status) => Status = status;

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The success payload (<c>data</c>).</summary>
    public object? Data { get; private init; }

    /// <summary>The error payload (<c>error</c>).</summary>
    public ApiError? Error { get; private init; }

    /// <summary>Pagination of a list (<c>meta.pagination</c>).</summary>
    public PageInfo? Page { get; private init; }

    /// <summary>A body sent without the envelope (health, the contract document, the LibreQoS feed).</summary>
    public byte[]? RawBody { get; private init; }

    /// <summary>Content type of <see cref="RawBody"/>.</summary>
    public string? RawContentType { get; private init; }

    /// <summary>Response headers.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values in the body shown to the client this once (signing secrets): WireMock's request log keeps them masked.</summary>
    public List<string> Secrets { get; } = [];

    /// <summary>
    /// Whether the answer may be stored under the request's idempotency key and replayed. False for a refusal that
    /// depends on the moment, not on the request (a full tenant): the same request with the same key may succeed later.
    /// </summary>
    public bool Replayable { get; private init; } = true;

    /// <summary>The first answer an idempotent replay sends again, with that answer's request id.</summary>
    public RenderedResponse? ReplayOf { get; private init; }

    /// <summary>
    /// Told the rendered answer once it exists, or null when it could not be rendered: how the idempotency step keeps
    /// what the client got, without rendering it itself.
    /// </summary>
    public Action<RenderedResponse?>? Rendered { get; set; }

    /// <summary>Close the connection instead of answering (fault injection).</summary>
    public bool DropConnection { get; set; }

    /// <summary>Marks a value in the body as shown this once (a new token or signing secret): logged masked.</summary>
    public ApiResult ShowingSecret(string secret)
    {
        Secrets.Add(secret);
        return this;
    }

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>200 with data.</summary>
    public static ApiResult Ok(object data) => new((int)HttpStatusCode.OK) { Data = data };

    /// <summary>201 with data and a Location header.</summary>
    public static ApiResult Created(object data, string location)
    {
        var result = new ApiResult((int)HttpStatusCode.Created) { Data = data };
        result.Headers[WireHeaders.Location] = location;
        return result;
    }

    /// <summary>204 without a body (deletes).</summary>
    public static ApiResult NoContent() => new((int)HttpStatusCode.NoContent) { RawBody = [], RawContentType = string.Empty };

    /// <summary>202 with data (work handed on) and a Location header (where to poll it).</summary>
    public static ApiResult Accepted(object data, string location)
    {
        var result = new ApiResult((int)HttpStatusCode.Accepted) { Data = data };
        result.Headers[WireHeaders.Location] = location;
        return result;
    }

    /// <summary>200 with a page of items.</summary>
    public static ApiResult List(IReadOnlyList<object> items, PageInfo page) => new((int)HttpStatusCode.OK) { Data = items, Page = page };

    /// <summary>An error envelope.</summary>
    public static ApiResult Failure(int status, string code, string message, string? field = null, IReadOnlyList<ErrorDetail>? details = null) =>
        new(status) { Error = new ApiError(code, message, field, details) };

    /// <summary>400 <c>malformed_json</c>: "The request body is not valid JSON: {problem}".</summary>
    public static ApiResult MalformedJson(string problem) =>
        Failure(400, ErrorCodes.MalformedJson, $"The request body is not valid JSON: {problem}");

    /// <summary>400 <c>malformed_json</c> for valid JSON that is not the object the operation reads.</summary>
    public static ApiResult NotAnObject() => Failure(400, ErrorCodes.MalformedJson, "The request body must be a JSON object.");

    /// <summary>500 <c>internal_error</c> for a bug of the mock server itself: the envelope, never a stack trace.</summary>
    public static ApiResult InternalError(Exception exception) =>
        Failure(500, ErrorCodes.InternalError, $"The mock server failed to handle the request: {exception.GetType().Name}.");

    /// <summary>A body sent as is.</summary>
    public static ApiResult Raw(int status, byte[] body, string contentType) => new(status) { RawBody = body, RawContentType = contentType };

    /// <summary>
    /// An idempotent replay of <paramref name="first"/>: its status, body, headers and request id, plus
    /// <c>X-Idempotent-Replayed: true</c>.
    /// </summary>
    public static ApiResult Replay(RenderedResponse first)
    {
        var result = new ApiResult(first.Status) { ReplayOf = first };
        foreach (var (name, value) in first.Headers)
        {
            result.Headers[name] = value;
        }

        result.Headers[WireHeaders.IdempotentReplayed] = "true";
        result.Secrets.AddRange(first.Secrets);
        return result;
    }

    /// <summary>An empty answer, for a dropped connection.</summary>
    public static ApiResult Dropped() => new(0) { DropConnection = true };

    /// <summary>404 for a resource that does not exist in the caller's tenant.</summary>
    public static ApiResult NotFound(string resource, string id) =>
        Failure(404, ErrorCodes.NotFound, $"No {resource} with id '{id}' exists.", "id");

    /// <summary>
    /// 409 <c>invalid_state_transition</c> in the one grammar: "An invoice that is paid cannot be voided." (on
    /// <paramref name="field"/>, by default <c>status</c>).
    /// </summary>
    public static ApiResult InvalidTransition(string resource, string from, string action, string field = "status") =>
        InvalidTransition($"{(char.ToLowerInvariant(resource[0]) is 'a' or 'e' or 'i' or 'o' or 'u' ? "An" : "A")} {resource} that is {from} cannot be {action}.", field);

    /// <summary>409 <c>invalid_state_transition</c> for a rule that needs its own words ("Only a prospect can be deleted; …").</summary>
    public static ApiResult InvalidTransition(string message, string field) =>
        Failure(409, ErrorCodes.InvalidStateTransition, message, field);

    /// <summary>
    /// 409 <c>storage_limit_reached</c>: the tenant holds as many records as the server keeps per tenant. A 4xx, so that
    /// clients do not retry it (waiting does not help) and circuit breakers do not count it; not stored for replay.
    /// </summary>
    public static ApiResult StorageLimitReached(int maxRecords) =>
        new(409)
        {
            Error = new ApiError(
                ErrorCodes.StorageLimitReached,
                $"The tenant holds {maxRecords} {(maxRecords == 1 ? "record" : "records")}, the most this server keeps per tenant; nothing was stored. Delete records or reset the server's data.",
                null,
                null),
            Replayable = false,
        };

    /// <summary>
    /// 422 <c>invalid_value</c> for a body the schema passed whose value still does not fit its type (a number beyond 64
    /// bits): the client's input, on the field the serializer names.
    /// </summary>
    public static ApiResult OutOfRange(JsonException exception)
    {
        var field = WireJson.Field(exception);
        return Invalid(field, "invalid_value", $"The value of '{field}' is out of the supported range.");
    }

    /// <summary>422 <c>unknown_reference</c> on a body field naming an entity that does not exist: "No invoice 'inv_1' exists."</summary>
    public static ApiResult UnknownReference(string field, string resource, string id) =>
        Invalid(field, "unknown_reference", $"No {resource} '{id}' exists.");

    /// <summary>422 for a present but unacceptable value (an unknown reference, a rule the schema cannot express).</summary>
    public static ApiResult Invalid(string field, string code, string message) =>
        Failure(422, ErrorCodes.ValidationError, message, field, [new ErrorDetail(field, code, message)]);
}
