using System.Net;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Runs the calls of one Refit API interface and turns envelopes into results. A domain client
/// method is one line: <c>api.SendAsync(options, (refit, call, ct) =&gt; refit.Get(id, call, ct), ct)</c>.
/// </summary>
/// <typeparam name="TApi">The Refit interface.</typeparam>
internal sealed class WispGateApi<TApi>
    where TApi : class
{
    private readonly WispGateConnection _connection;

    public WispGateApi(WispGateConnection connection) => _connection = connection;

    /// <summary>A call whose envelope carries one object.</summary>
    public async Task<WispGateResponse<T>> SendAsync<T>(
        RequestOptions? options,
        Func<TApi, WispGateCall, CancellationToken, Task<ApiEnvelope<T>>> send,
        CancellationToken cancellationToken)
    {
        var call = new WispGateCall(options);
        var envelope = await send(_connection.CreateClient<TApi>(), call, cancellationToken).ConfigureAwait(false);
        var info = call.ToResponseInfo(call.LastStatusCode ?? HttpStatusCode.OK, envelope?.Meta?.RequestId);
        if (envelope is null || envelope.Data is not { } data)
        {
            throw MissingData(info);
        }

        return new WispGateResponse<T>(data, info);
    }

    /// <summary>A call whose envelope carries one page of a list.</summary>
    public async Task<Page<T>> SendPageAsync<T>(
        RequestOptions? options,
        Func<TApi, WispGateCall, CancellationToken, Task<ListEnvelope<T>>> send,
        CancellationToken cancellationToken)
    {
        var call = new WispGateCall(options);
        var envelope = await send(_connection.CreateClient<TApi>(), call, cancellationToken).ConfigureAwait(false);
        var info = call.ToResponseInfo(call.LastStatusCode ?? HttpStatusCode.OK, envelope?.Meta?.RequestId);
        if (envelope is null || envelope.Data is not { } items)
        {
            throw MissingData(info);
        }

        var pagination = envelope.Meta?.Pagination;
        return new Page<T>(items, pagination?.NextCursor, pagination?.HasMore ?? false, pagination?.Limit ?? items.Count, info);
    }

    /// <summary>A call answered without a body (<c>204 No Content</c>, e.g. a delete).</summary>
    public async Task<WispGateResponse> SendWithoutDataAsync(
        RequestOptions? options,
        Func<TApi, WispGateCall, CancellationToken, Task> send,
        CancellationToken cancellationToken)
    {
        var call = new WispGateCall(options);
        await send(_connection.CreateClient<TApi>(), call, cancellationToken).ConfigureAwait(false);
        return call.ToResponseInfo(call.LastStatusCode ?? HttpStatusCode.NoContent, envelopeRequestId: null);
    }

    /// <summary>A call answered with bare JSON, not an envelope (the LibreQoS compatibility export); the request id comes from the header.</summary>
    public async Task<WispGateResponse<T>> SendBareAsync<T>(
        RequestOptions? options,
        Func<TApi, WispGateCall, CancellationToken, Task<T>> send,
        CancellationToken cancellationToken)
    {
        var call = new WispGateCall(options);
        var data = await send(_connection.CreateClient<TApi>(), call, cancellationToken).ConfigureAwait(false);
        var info = call.ToResponseInfo(call.LastStatusCode ?? HttpStatusCode.OK, envelopeRequestId: null);
        return data is null ? throw MissingData(info) : new WispGateResponse<T>(data, info);
    }

    private static WispGateApiException MissingData(WispGateResponse info) => new(
        info.StatusCode,
        new ApiError { Code = "invalid_response", Message = "The API answered with success but without the expected data." },
        info.RequestId,
        info.IdempotencyKey,
        info.Attempts);
}
