using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WISPGate.Sdk.Http;

/// <summary>
/// JSON in and out of HTTP content, with the source-generated metadata of <see cref="Serialization.WispGateJsonContext"/>.
/// A request body is serialized once into bytes, so every retry re-sends exactly the same bytes (which the API's
/// idempotency check compares). A response body is buffered by <see cref="HttpClient"/> and parsed from its bytes in one
/// pass: the records' metadata (<c>init</c>/<c>required</c> members, filled through the constructor path) runs much cheaper
/// over a complete buffer than through the resumable streaming path that <c>ReadFromJsonAsync</c> takes.
/// </summary>
internal sealed class WispGateContentSerializer
{
    /// <summary>The largest announced body read into a pooled array; a larger one (or one of unknown size) is streamed.</summary>
    private const long MaxPooledBodyBytes = 4 * 1024 * 1024;

    private readonly JsonSerializerOptions _options;

    public WispGateContentSerializer(JsonSerializerOptions options) => _options = options;

    /// <summary>The metadata of <typeparamref name="T"/> in these options (its generated entry in the context).</summary>
    public JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T));

    /// <summary>A request body: the JSON bytes of <paramref name="item"/>, serialized now.</summary>
    public HttpContent ToHttpContent<T>(T item)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) =>
        FromHttpContentAsync(content, TypeInfo<T>(), cancellationToken);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        // The content owns its stream (and disposes it with the response).
        var body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (!body.CanSeek)
        {
            // A streamed body (the SDK reads responses from their headers on) of a known size: read it into a pooled
            // array and parse it in one pass, without the body-sized array that HttpClient's buffering allocates.
            if (content.Headers.ContentLength is { } announced and > 0 and <= MaxPooledBodyBytes)
            {
                var size = (int)announced;
                var pooled = ArrayPool<byte>.Shared.Rent(size);
                try
                {
                    await body.ReadExactlyAsync(pooled.AsMemory(0, size), cancellationToken).ConfigureAwait(false);
                    return JsonSerializer.Deserialize(pooled.AsSpan(0, size), typeInfo);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(pooled);
                }
            }

            return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
        }

        // A buffered body: copy it into a pooled array (no garbage of the body's size) and parse it in one pass.
        var length = checked((int)(body.Length - body.Position));
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.ReadExactly(bytes, 0, length);
            return JsonSerializer.Deserialize(bytes.AsSpan(0, length), typeInfo);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
