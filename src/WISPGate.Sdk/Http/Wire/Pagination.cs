namespace WISPGate.Sdk.Http;

// Settable, like every wire envelope type here: see ApiEnvelope<T>.
/// <summary>The <c>meta.pagination</c> object of a list envelope.</summary>
internal sealed class Pagination
{
    public int Limit { get; set; }

    public string? NextCursor { get; set; }

    public bool HasMore { get; set; }
}
