using System.Collections;
using System.Net;

namespace WISPGate.Sdk.Paging;

/// <summary>One page of a list: its items (enumerate the page itself, or <see cref="Items"/>) and where the next page starts.</summary>
/// <typeparam name="T">The item type.</typeparam>
#pragma warning disable CA1710 // A page is a response first; "Collection" would misname it.
public sealed class Page<T> : WispGateResponse<IReadOnlyList<T>>, IEnumerable<T>
#pragma warning restore CA1710
{
    /// <summary>Creates a page (for tests and mocks; the SDK builds pages from responses).</summary>
    /// <param name="items">The items of the page, newest first.</param>
    /// <param name="nextCursor">The cursor of the next page, or <see langword="null"/> on the last page.</param>
    /// <param name="hasMore">Whether another page follows.</param>
    /// <param name="limit">The page size the API used.</param>
    /// <param name="info">Status and ids of the call.</param>
    public Page(IReadOnlyList<T> items, string? nextCursor, bool hasMore, int limit, WispGateResponse? info = null)
        : base(items, info ?? new WispGateResponse(HttpStatusCode.OK))
    {
        NextCursor = nextCursor;
        HasMore = hasMore;
        Limit = limit;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Items => Data;

    /// <summary>The cursor for <see cref="ListOptions.Cursor"/> to fetch the next page; <see langword="null"/> on the last page.</summary>
    public string? NextCursor { get; }

    /// <summary>Whether another page follows.</summary>
    public bool HasMore { get; }

    /// <summary>The page size the API used.</summary>
    public int Limit { get; }

    /// <summary>The items of this page, in order: <c>foreach (var subscriber in page)</c>.</summary>
    /// <returns>An enumerator over <see cref="Items"/>.</returns>
    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
