namespace WISPGate.Sdk.Paging;

/// <summary>
/// Which page of a list to fetch. Areas with filters derive from it (e.g.
/// <see cref="Subscribers.SubscriberListOptions"/>); filters travel as flat query parameters.
/// </summary>
public record ListOptions
{
    /// <summary>Items per page, 1–100 (the API defaults to 25).</summary>
    public int? Limit { get; init; }

    /// <summary>The opaque cursor of the page to fetch (<see cref="Page{T}.NextCursor"/> of the previous page); none for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>The query string parameters of these options.</summary>
    internal Dictionary<string, string> ToQuery()
    {
        var query = new QueryParameters();
        query.Add("limit", Limit);
        query.Add("cursor", Cursor);
        AddFilters(query);
        return query.Values;
    }

    /// <summary>Adds the filters of a derived options type.</summary>
    private protected virtual void AddFilters(QueryParameters query)
    {
    }
}
