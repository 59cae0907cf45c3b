namespace WISPGate.Sdk.Paging;

/// <summary>Page-wise access to the sequences that <c>ListAllAsync</c> returns.</summary>
public static class PagingExtensions
{
    /// <summary>
    /// The pages of a <c>ListAllAsync</c> sequence instead of its items, each with its <see cref="WispGateResponse.RequestId"/>,
    /// cursor and attempts (as Azure's <c>AsyncPageable&lt;T&gt;.AsPages()</c>). Fetched lazily, one page in memory.
    /// <code>
    /// await foreach (Page&lt;Subscriber&gt; page in client.Subscribers.ListAllAsync(options).AsPages())
    /// {
    ///     logger.LogInformation("{Count} subscribers (request {RequestId})", page.Items.Count, page.RequestId);
    /// }
    /// </code>
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">A sequence returned by an SDK <c>ListAllAsync</c> method.</param>
    /// <param name="cancellationToken">Cancels the enumeration (besides the token given to <c>ListAllAsync</c>).</param>
    /// <returns>The pages, first to last.</returns>
    /// <exception cref="NotSupportedException"><paramref name="items"/> was not returned by the SDK (e.g. a test double): it has no pages.</exception>
    public static IAsyncEnumerable<Page<T>> AsPages<T>(this IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items is PagedSequence<T> paged
            ? paged.PagesAsync(cancellationToken)
            : throw new NotSupportedException("AsPages() needs a sequence returned by an SDK ListAllAsync method; this one has no pages.");
    }
}
