using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The one call path of the SDK: the generated area clients hand it an operation, the path with escaped ids, the query
/// and the body; it builds the <see cref="HttpRequestMessage"/> (the call's state on <see cref="HttpRequestMessage.Options"/>),
/// sends it through the SDK's named <see cref="HttpClient"/> (its handlers and resilience pipeline), turns failures into the
/// SDK's exceptions (<see cref="ErrorMapper"/>) and envelopes into results. A client per call is what
/// <see cref="IHttpClientFactory"/> is built for: handlers are pooled and rotated, the resilience state (circuit breaker) is shared.
/// </summary>
internal sealed class ApiConnection
{
    /// <summary>The name of the SDK's <see cref="HttpClient"/> registration.</summary>
    public const string HttpClientName = "WISPGate.Sdk";

    private static readonly WispGateContentSerializer s_json = new(WispGateJson.Options);

    private readonly IHttpClientFactory _httpClientFactory;

    /// <summary>The <see cref="HttpClient"/> registration this connection sends through (one per named client).</summary>
    private readonly string _httpClientName;

    /// <summary>The base URL without its trailing slash; operation paths start with one.</summary>
    private readonly string _baseUrl;

    public ApiConnection(IHttpClientFactory httpClientFactory, IOptions<WispGateClientOptions> options, TimeProvider? timeProvider = null)
        // Reading the value runs the options validation: bad options fail here, at start-up.
        : this(httpClientFactory, HttpClientName, options.Value, timeProvider)
    {
    }

    private ApiConnection(IHttpClientFactory httpClientFactory, string httpClientName, WispGateClientOptions options, TimeProvider? timeProvider)
    {
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _baseUrl = options.BaseUrl!.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The <see cref="HttpClient"/> registration of a client registered by name (<c>AddWispGate(name, …)</c>).</summary>
    public static string HttpClientNameFor(string name) => HttpClientName + ":" + name;

    /// <summary>The connection of a named client: its own <see cref="HttpClient"/> registration and validated named options.</summary>
    public static ApiConnection ForNamedClient(IHttpClientFactory httpClientFactory, string name, WispGateClientOptions options, TimeProvider? timeProvider) =>
        new(httpClientFactory, HttpClientNameFor(name), options, timeProvider);

    /// <summary>The client's clock: the container's <see cref="System.TimeProvider"/>, else the system clock (waiters poll on it).</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>A call without a request body whose envelope carries one object.</summary>
    public Task<WispGateResponse<T>> SendAsync<T>(ApiOperation operation, string path, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(operation, path, query: null, content: null, s_json.TypeInfo<ApiEnvelope<T>>(), DataOf, options, cancellationToken);

    /// <summary>A call with a JSON request body whose envelope carries one object.</summary>
    public Task<WispGateResponse<T>> SendAsync<TBody, T>(
        ApiOperation operation, string path, TBody body, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(operation, path, query: null, s_json.ToHttpContent(body), s_json.TypeInfo<ApiEnvelope<T>>(), DataOf, options, cancellationToken);

    /// <summary>A call whose envelope carries one page of a list.</summary>
    public Task<Page<T>> SendPageAsync<T>(
        ApiOperation operation, string path, IReadOnlyDictionary<string, string>? query, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(operation, path, query, content: null, s_json.TypeInfo<ListEnvelope<T>>(), PageOf, options, cancellationToken);

    /// <summary>A call answered without a body (<c>204 No Content</c>, e.g. a delete).</summary>
    public Task<WispGateResponse> SendWithoutDataAsync(ApiOperation operation, string path, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync<object, WispGateResponse>(operation, path, query: null, content: null, read: null, NoDataOf, options, cancellationToken);

    /// <summary>A call with a JSON request body answered without a body.</summary>
    public Task<WispGateResponse> SendWithoutDataAsync<TBody>(
        ApiOperation operation, string path, TBody body, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync<object, WispGateResponse>(operation, path, query: null, s_json.ToHttpContent(body), read: null, NoDataOf, options, cancellationToken);

    /// <summary>A call answered with bare JSON, not an envelope (the LibreQoS compatibility export); the request id comes from the header.</summary>
    public Task<WispGateResponse<T>> SendBareAsync<T>(
        ApiOperation operation, string path, HttpContent content, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(operation, path, query: null, content, s_json.TypeInfo<T>(), BareOf, options, cancellationToken);

    private async Task<TResult> SendAsync<TRead, TResult>(
        ApiOperation operation,
        string path,
        IReadOnlyDictionary<string, string>? query,
        HttpContent? content,
        JsonTypeInfo<TRead>? read,
        Func<TRead?, WispGateCall, HttpStatusCode, TResult> result,
        RequestOptions? options,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(operation.Method, new Uri(UrlOf(path, query), UriKind.Absolute)) { Content = content };

        // Bad per-call settings fail before anything is sent, with a message naming the setting.
        options?.Validate();
        var call = WispGateCall.Start(request, options, operation);

        HttpResponseMessage response;
        try
        {
            // From the headers on: the body is read below (into a pooled array when its size is known), not buffered by
            // HttpClient into an array of its own.
            response = await _httpClientFactory.CreateClient(_httpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw TransportFailure(request, exception);
        }

        using (response)
        {
            // The body is read here, after the headers: a failure while reading it is a transport failure, as it was when
            // HttpClient read it before returning.
            Exception? failure;
            try
            {
                failure = await ErrorMapper.FromResponseAsync(response).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                throw BodyReadFailure(request, exception);
            }

            if (failure is not null)
            {
                throw failure;
            }

            var data = default(TRead);
            if (read is not null)
            {
                try
                {
                    data = await s_json.FromHttpContentAsync(response.Content, read, cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException exception)
                {
                    throw (await ErrorMapper.FromUnreadableResponseAsync(response, exception).ConfigureAwait(false))!;
                }
                catch (Exception exception)
                {
                    throw BodyReadFailure(request, exception);
                }
            }

            return result(data, call, response.StatusCode);
        }
    }

    /// <summary>The SDK's exception for a failure to send or read (the exception itself when it stays as it is).</summary>
    private static Exception TransportFailure(HttpRequestMessage request, Exception exception)
    {
        var mapped = ErrorMapper.FromTransportFailure(request, exception);
        if (ReferenceEquals(mapped, exception))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception).Throw();
        }

        return mapped;
    }

    /// <summary>
    /// A failure while reading the body: an <see cref="IOException"/> (the connection broke after the headers) becomes the
    /// <see cref="HttpRequestException"/> <see cref="HttpClient"/> throws when it reads the body itself, so it maps to a
    /// <see cref="WispGateTransportException"/> like any other broken connection.
    /// </summary>
    private static Exception BodyReadFailure(HttpRequestMessage request, Exception exception) =>
        TransportFailure(
            request,
            exception is IOException
                ? new HttpRequestException(HttpRequestError.ResponseEnded, "Error while copying content to a stream.", exception)
                : exception);

    private string UrlOf(string path, IReadOnlyDictionary<string, string>? query)
    {
        if (query is null || query.Count == 0)
        {
            return _baseUrl + path;
        }

        var url = new StringBuilder(_baseUrl).Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }

    private static WispGateResponse<T> DataOf<T>(ApiEnvelope<T>? envelope, WispGateCall call, HttpStatusCode status)
    {
        var info = call.ToResponseInfo(status, envelope?.Meta?.RequestId, envelope?.Meta?.ApiVersion);
        return envelope is { Data: { } data } ? new WispGateResponse<T>(data, info) : throw MissingData(info);
    }

    private static Page<T> PageOf<T>(ListEnvelope<T>? envelope, WispGateCall call, HttpStatusCode status)
    {
        var info = call.ToResponseInfo(status, envelope?.Meta?.RequestId, envelope?.Meta?.ApiVersion);
        if (envelope?.Data is not { } items)
        {
            throw MissingData(info);
        }

        var pagination = envelope.Meta?.Pagination;
        return new Page<T>(items, pagination?.NextCursor, pagination?.HasMore ?? false, pagination?.Limit ?? items.Count, info);
    }

    private static WispGateResponse NoDataOf(object? none, WispGateCall call, HttpStatusCode status) =>
        call.ToResponseInfo(status, envelopeRequestId: null);

    private static WispGateResponse<T> BareOf<T>(T? data, WispGateCall call, HttpStatusCode status)
    {
        var info = call.ToResponseInfo(status, envelopeRequestId: null);
        return data is null ? throw MissingData(info) : new WispGateResponse<T>(data, info);
    }

    private static WispGateApiException MissingData(WispGateResponse info) => new(
        info.StatusCode,
        new ApiError { Code = "invalid_response", Message = "The API answered with success but without the expected data." },
        info.RequestId,
        info.IdempotencyKey,
        info.Attempts);
}
