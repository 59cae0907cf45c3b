namespace WISPGate.Sdk.Http;

/// <summary>The success envelope of one object: <c>{"success": true, "data": {…}, "meta": {…}}</c>.</summary>
/// <typeparam name="T">The data type.</typeparam>
internal sealed class ApiEnvelope<T>
{
    public bool Success { get; init; }

    public T? Data { get; init; }

    public ResponseMeta? Meta { get; init; }
}
