using System.Runtime.CompilerServices;

namespace WISPGate.Sdk.Paging;

/// <summary>
/// The sequence <c>ListAllAsync</c> returns: enumerated, the items of every page; <see cref="PagesAsync"/> enumerates the
/// pages themselves (with their request ids). Each enumeration starts again from the first cursor.
/// </summary>
internal sealed class PagedSequence<T>(
    string? firstCursor,
    Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
    CancellationToken callToken) : IAsyncEnumerable<T>
{
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        ItemsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>The pages, fetched lazily; the call's token and <paramref name="cancellationToken"/> both cancel.</summary>
    public async IAsyncEnumerable<Page<T>> PagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, cancellationToken);
        var token = linked.Token;
        var cursor = firstCursor;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var page = await fetchPage(cursor, token).ConfigureAwait(false);
            yield return page;

            // A server that says "more" without a new cursor would make this loop forever; stop instead.
            if (!page.HasMore || string.IsNullOrEmpty(page.NextCursor) || page.NextCursor == cursor)
            {
                yield break;
            }

            cursor = page.NextCursor;
        }
    }

    private async IAsyncEnumerable<T> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }
}
