using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer;

/// <summary>
/// The API requests the server answered, oldest first, to assert what your code (or the SDK) sent: method, path,
/// operation, status, request id, idempotency key, tenant and whether it was a replay. Bounded like WireMock's request
/// log (the last <see cref="WispGateMockServerOptions.MaxRequestLogCount"/> requests), cleared by
/// <see cref="WispGateMockServer.ResetAsync"/>, and free of secrets (no tokens, bodies or query strings). The admin API
/// requests are not in it. From outside the process: <c>GET /__admin/wispgate/requests</c>.
/// </summary>
public sealed class RequestLog
{
    private readonly Queue<ReceivedRequest> _entries = new();
    private readonly int _capacity;

    internal RequestLog(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>A snapshot of the kept requests, oldest first.</summary>
    public IReadOnlyList<ReceivedRequest> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The kept requests of one contract operation, oldest first.</summary>
    /// <param name="operationId">The contract's <c>operationId</c>, e.g. <c>createSubscriber</c>.</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<ReceivedRequest> ForOperation(string operationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        return Entries.Where(entry => string.Equals(entry.OperationId, operationId, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Records one answered request (cheap: a few strings, no body).</summary>
    internal void Record(ApiRequest request, ApiResult result, RenderedResponse response, DateTimeOffset at)
    {
        var entry = new ReceivedRequest
        {
            ReceivedAt = at,
            Method = request.Method,
            Path = request.Path,
            // Faults and rate limits answer before routing: match the route here so that their entries name the operation too.
            OperationId = (request.Route ?? RouteTable.Instance.Match(request.Method, request.Path)).Operation?.OperationId,
            Status = result.DropConnection ? 0 : result.Status,
            RequestId = response.RequestId,
            IdempotencyKey = Bounded(request.Header(WireHeaders.IdempotencyKey)),
            TenantId = request.Caller?.TenantId ?? Bounded(request.Header(WireHeaders.TenantId)),
            Replayed = result.ReplayOf is not null,
        };
        lock (_entries)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > _capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    // Header values a client chose are kept short: the log stays cheap whatever arrives.
    private static string? Bounded(string? value) => value is { Length: > 256 } ? value[..256] : value;

    /// <summary>Forgets every entry (reset).</summary>
    internal void Clear()
    {
        lock (_entries)
        {
            _entries.Clear();
        }
    }
}
