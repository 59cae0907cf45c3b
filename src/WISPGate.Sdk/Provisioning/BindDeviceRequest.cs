namespace WISPGate.Sdk.Provisioning;

/// <summary>The body of <c>POST /api/v1/services/{id}/devices</c>.</summary>
public sealed record BindDeviceRequest
{
    /// <summary>An <c>in_stock</c> device (<c>dev_…</c>); 409 <c>resource_in_use</c> when it is bound elsewhere, 422 when unknown.</summary>
    public required string DeviceId { get; init; }
}
