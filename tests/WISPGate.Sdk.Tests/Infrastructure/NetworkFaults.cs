using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>
/// A middleware in front of WireMock that sees every request as it arrives (WireMock logs a request
/// only once it has answered) and injects network faults WireMock cannot: it drops the connection
/// (TCP reset, no status line) or never answers (until the client gives up). WireMock's own faults
/// (EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK) still send a status line and headers.
/// </summary>
internal sealed class NetworkFaults
{
    private readonly ConcurrentDictionary<string, int> _toDrop = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _toHang = new(StringComparer.Ordinal);

    /// <summary>Every request that reached the server (dropped or not), oldest first.</summary>
    public ConcurrentQueue<ArrivedRequest> Arrivals { get; } = new();

    /// <summary>The requests that were dropped, oldest first.</summary>
    public IReadOnlyList<ArrivedRequest> Dropped => Arrivals.Where(request => request.Dropped).ToList();

    /// <summary>Aborts the connection of the next <paramref name="count"/> requests to <paramref name="path"/>.</summary>
    public void DropNext(string path, int count = 1) => _toDrop[path] = count;

    /// <summary>Never answers requests to <paramref name="path"/>: they wait until the client abandons them.</summary>
    public void Hang(string path) => _toHang[path] = true;

    public void Install(object applicationBuilder) =>
        ((IApplicationBuilder)applicationBuilder).Use(async (HttpContext context, RequestDelegate next) =>
        {
            var path = context.Request.Path.Value ?? "";
            var drop = _toDrop.TryGetValue(path, out var left) && left > 0 && _toDrop.TryUpdate(path, left - 1, left);
            Arrivals.Enqueue(new ArrivedRequest(
                context.Request.Method,
                path,
                context.Request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                drop));
            if (drop)
            {
                context.Abort();
                return;
            }

            if (_toHang.ContainsKey(path))
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await next(context);
        });
}

/// <summary>A request as it arrived at the server.</summary>
internal sealed record ArrivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, bool Dropped)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
