using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="IBillingProfilesClient.ListAsync"/>.</summary>
public sealed record BillingProfileListOptions : ListOptions
{
    /// <summary>Only profiles in this ISO 4217 currency (<c>USD</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>Only billing profiles created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only billing profiles created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("currency", Currency);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
