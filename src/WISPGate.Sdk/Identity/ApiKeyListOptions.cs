using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Identity;

/// <summary>Filters and page of <see cref="IApiKeysClient.ListAsync"/>.</summary>
public sealed record ApiKeyListOptions : ListOptions
{
    /// <summary>Only keys created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only keys created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
