using System.Runtime.CompilerServices;

namespace WISPGate.Sdk.Paging;

/// <summary>Walks a cursor-paged list lazily: one page in memory, the next fetched only when the caller reads past the current one.</summary>
internal static class Pager
{
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        string? firstCursor,
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = firstCursor;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            // A server that says "more" without a new cursor would make this loop forever; stop instead.
            if (!page.HasMore || string.IsNullOrEmpty(page.NextCursor) || page.NextCursor == cursor)
            {
                yield break;
            }

            cursor = page.NextCursor;
        }
    }
}
