namespace WISPGate.Sdk.Http;

/// <summary>The <c>meta.pagination</c> object of a list envelope.</summary>
internal sealed class Pagination
{
    public int Limit { get; init; }

    public string? NextCursor { get; init; }

    public bool HasMore { get; init; }
}
