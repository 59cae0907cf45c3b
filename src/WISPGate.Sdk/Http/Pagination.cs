namespace WISPGate.Sdk.Http;

// Settable (internal, read once): the JSON source generator fills setters directly; init-only
// properties would take its slower constructor-argument path on every response.
/// <summary>The <c>meta.pagination</c> object of a list envelope.</summary>
internal sealed class Pagination
{
    public int Limit { get; set; }

    public string? NextCursor { get; set; }

    public bool HasMore { get; set; }
}
