namespace WISPGate.Sdk.Http;

// The wire envelope types of this folder are internal, read once and settable: the JSON source generator fills setters
// directly; init-only properties would take its slower constructor-argument path on every response.
/// <summary>The success envelope of one object: <c>{"success": true, "data": {…}, "meta": {…}}</c>.</summary>
/// <typeparam name="T">The data type.</typeparam>
internal sealed class ApiEnvelope<T>
{
    public bool Success { get; set; }

    public T? Data { get; set; }

    public ResponseMeta? Meta { get; set; }
}
