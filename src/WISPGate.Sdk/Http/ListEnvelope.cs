namespace WISPGate.Sdk.Http;

/// <summary>The envelope of one page of a list: <c>{"success": true, "data": [ … ], "meta": {…, "pagination": {…}}}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ListEnvelope<T>
{
    public bool Success { get; init; }

    public List<T>? Data { get; init; }

    public ListMeta? Meta { get; init; }
}
