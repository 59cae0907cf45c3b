using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="IEnforcementClient.ListShapedDevicesAsync"/>.</summary>
public sealed record ShapedDeviceListOptions : ListOptions
{
    /// <summary>Only the rows of this service (<c>svc_…</c>).</summary>
    public string? ServiceId { get; init; }

    /// <summary>Only the rows under this parent node (access point or site).</summary>
    public string? ParentNode { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("service_id", ServiceId);
        query.Add("parent_node", ParentNode);
    }
}
