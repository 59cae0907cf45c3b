namespace WISPGate.Sdk.Http;

// Settable, like every wire envelope type here: see ApiEnvelope<T>.
/// <summary>The envelope of one page of a list: <c>{"success": true, "data": [ … ], "meta": {…, "pagination": {…}}}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ListEnvelope<T>
{
    public bool Success { get; set; }

    public List<T>? Data { get; set; }

    public ListMeta? Meta { get; set; }
}
