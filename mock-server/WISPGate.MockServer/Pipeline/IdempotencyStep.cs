using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// <c>X-Idempotency-Key</c> on POST, scoped by tenant + key for 24 h. Same key and request → the first response
/// replayed (<see cref="ApiResult.Replay"/>): same status, same body byte for byte, and so the same request id
/// (<c>meta.request_id</c> and <c>X-Request-ID</c> stay equal), plus <c>X-Idempotent-Replayed: true</c>; different request → 422
/// <c>idempotency_key_reused</c>; first still running → 409 <c>idempotency_key_in_use</c>.
/// <para>
/// Stored, as the contract says: every answer of a request that reached its handler, below 500 — 2xx and business
/// errors (404 of the path's resource, 409, 422 from business rules). Not stored, so a retry with the same key runs
/// again: anything rejected before the handler (auth, rate limit, 413/415, malformed JSON, schema validation,
/// injected faults), 5xx, and 409 <c>storage_limit_reached</c> (the same request may succeed once records go).
/// </para>
/// </summary>
internal sealed class IdempotencyStep : IPipelineStep
{
    private readonly IdempotencyCache _cache;

    /// <summary>Creates the step.</summary>
    public IdempotencyStep(IdempotencyCache cache) => _cache = cache;

    /// <inheritdoc />
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        // The key's length (1–255) is the contract's header schema: the validation step answered a bad one already.
        var key = request.Header(WireHeaders.IdempotencyKey);
        if (request.Method != "POST" || key is null || request.Caller is not { TenantId: { } tenantId })
        {
            return await next();
        }

        switch (_cache.Claim(tenantId, key, Fingerprint(request), out var stored))
        {
            case IdempotencyClaim.Replay:
                return ApiResult.Replay(stored!);
            case IdempotencyClaim.InUse:
                // Retry-After tells the client this conflict ends by itself: the same request, sent again, gets the replay.
                var inUse = ApiResult.Failure(409, ErrorCodes.IdempotencyKeyInUse, "A request with this idempotency key is still being processed; retry shortly.", WireHeaders.IdempotencyKey);
                inUse.Headers[WireHeaders.RetryAfter] = "1";
                return inUse;
            case IdempotencyClaim.Reused:
                return ApiResult.Failure(422, ErrorCodes.IdempotencyKeyReused, "This idempotency key was already used with a different request.", WireHeaders.IdempotencyKey);
        }

        ApiResult result;
        try
        {
            result = await next();
        }
        catch
        {
            _cache.Complete(tenantId, key, null);
            throw;
        }

        if (result.Status is < 200 or >= 500 || !result.Replayable)
        {
            _cache.Complete(tenantId, key, null);
            return result;
        }

        // Kept once rendered, with the handler's headers (not those outer steps add, like RateLimit-*).
        var headers = new Dictionary<string, string>(result.Headers);
        result.Rendered = rendered => _cache.Complete(tenantId, key, rendered is null ? null : rendered with { Headers = headers, Secrets = rendered.Secrets.ToArray() });
        return result;
    }

    // Same method, path, query and JSON body (whitespace aside) = same request.
    private static string Fingerprint(ApiRequest request)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}?{request.RawQuery}\n"));
        if (request.ParsedBody is { } body)
        {
            using var writer = new Utf8JsonWriter(buffer);
            body.WriteTo(writer);
        }
        else
        {
            buffer.Write(request.Body);
        }

        return Convert.ToHexString(SHA256.HashData(buffer.ToArray()));
    }
}
