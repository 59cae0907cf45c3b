namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// The body of <c>PATCH /api/v1/devices/{id}</c>. Only the properties you assign are sent; assigning
/// <see langword="null"/> clears a field (<see cref="PatchRequest"/>). Serial and MAC cannot change.
/// </summary>
public sealed partial record UpdateDeviceRequest : PatchRequest
{
    /// <summary>A new hardware model; <see langword="null"/> clears it.</summary>
    public string? Model { get => Get<string?>(); set => Set(value); }

    /// <summary>A new manufacturer; <see langword="null"/> clears it.</summary>
    public string? Vendor { get => Get<string?>(); set => Set(value); }

    /// <summary>A new display name; <see langword="null"/> clears it.</summary>
    public string? Name { get => Get<string?>(); set => Set(value); }

    /// <summary>A new parent node; <see langword="null"/> clears it.</summary>
    public string? ParentNode { get => Get<string?>(); set => Set(value); }

    /// <summary>A new IPv4 address; <see langword="null"/> clears it.</summary>
    public string? Ipv4 { get => Get<string?>(); set => Set(value); }

    /// <summary>A new IPv6 address or prefix; <see langword="null"/> clears it.</summary>
    public string? Ipv6 { get => Get<string?>(); set => Set(value); }

    /// <summary>
    /// A new state for an unbound device: <see cref="DeviceStatus.InStock"/>, <see cref="DeviceStatus.Returned"/> or
    /// <see cref="DeviceStatus.Faulty"/> (binding sets <c>assigned</c>; other changes → 409 <c>invalid_state_transition</c>).
    /// </summary>
    public partial DeviceStatus? Status { get; set; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> sends <c>null</c>, which clears the field.
    /// </summary>
    public partial string? StatusRaw { get; set; }
}
