using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Refit's System.Text.Json serializer for request bodies, with buffered responses parsed from their bytes in one pass.
/// Refit buffers every response body before deserializing it; the records' source-generated metadata
/// (<c>init</c>/<c>required</c> members, filled through the constructor path) runs much cheaper over a complete buffer
/// than through the resumable streaming path that <c>ReadFromJsonAsync</c> takes.
/// </summary>
internal sealed class WispGateContentSerializer : IHttpContentSerializer
{
    private readonly SystemTextJsonContentSerializer _requests;
    private readonly JsonSerializerOptions _options;

    public WispGateContentSerializer(JsonSerializerOptions options)
    {
        _options = options;
        _requests = new SystemTextJsonContentSerializer(options);
    }

    public HttpContent ToHttpContent<T>(T item) => _requests.ToHttpContent(item);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        var typeInfo = (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T));

        // The content owns its stream (and disposes it with the response).
        var body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (!body.CanSeek)
        {
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

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _requests.GetFieldNameForProperty(propertyInfo);
}
