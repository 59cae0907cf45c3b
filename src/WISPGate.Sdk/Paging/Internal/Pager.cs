namespace WISPGate.Sdk.Paging;

/// <summary>Walks a cursor-paged list lazily: one page in memory, the next fetched only when the caller reads past the current one.</summary>
internal static class Pager
{
    /// <summary>The items of every page (what <c>ListAllAsync</c> returns); <see cref="PagingExtensions.AsPages{T}"/> gives its pages.</summary>
    public static IAsyncEnumerable<T> EnumerateAsync<T>(
        string? firstCursor,
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        CancellationToken cancellationToken) =>
        new PagedSequence<T>(firstCursor, fetchPage, cancellationToken);
}
