using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="ISessionsClient.ListAsync"/>.</summary>
public sealed record SessionListOptions : ListOptions
{
    /// <summary>Only sessions of this service (<c>svc_…</c>).</summary>
    public string? ServiceId { get; init; }

    /// <summary>Only sessions in one of these states (<c>status=active</c>).</summary>
    public IReadOnlyList<SessionStatus>? Status { get; init; }

    /// <summary>Only sessions reported by the NAS with this IPv4 address.</summary>
    public string? NasIpAddress { get; init; }

    /// <summary>Only sessions of this RADIUS User-Name.</summary>
    public string? Username { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("service_id", ServiceId);
        query.Add("status", Status);
        query.Add("nas_ip_address", NasIpAddress);
        query.Add("username", Username);
    }
}
