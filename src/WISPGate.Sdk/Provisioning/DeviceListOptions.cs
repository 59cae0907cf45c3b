using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="IDevicesClient.ListAsync"/>.</summary>
public sealed record DeviceListOptions : ListOptions
{
    /// <summary>Only devices in one of these states (<c>status=in_stock,returned</c>).</summary>
    public IReadOnlyList<DeviceStatus>? Status { get; init; }

    /// <summary>Only devices bound to this service (<c>svc_…</c>).</summary>
    public string? ServiceId { get; init; }

    /// <summary>Only the device with this MAC address (<c>AA:BB:CC:DD:EE:FF</c>).</summary>
    public string? Mac { get; init; }

    /// <summary>Only the device with this serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>Only devices created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only devices created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("service_id", ServiceId);
        query.Add("mac", Mac);
        query.Add("serial", Serial);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
