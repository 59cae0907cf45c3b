namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// The body of <c>PATCH /api/v1/service-packages/{id}</c>. Only the properties you assign are sent;
/// assigning <see langword="null"/> clears a clearable field (<see cref="PatchRequest"/>). Speed changes reach
/// active sessions at their next authentication (send a CoA to apply them at once); archiving is
/// <see cref="IServicePackagesClient.ArchiveAsync"/>.
/// </summary>
public sealed record UpdateServicePackageRequest : PatchRequest
{
    /// <summary>A new name (cannot be cleared).</summary>
    public string? Name { get => Get<string?>(); set => Set(value); }

    /// <summary>A new description; <see langword="null"/> clears it.</summary>
    public string? Description { get => Get<string?>(); set => Set(value); }

    /// <summary>A new committed download rate in kbit/s (cannot be cleared).</summary>
    public int? DownloadKbps { get => Get<int?>(); set => Set(value); }

    /// <summary>A new committed upload rate in kbit/s (cannot be cleared).</summary>
    public int? UploadKbps { get => Get<int?>(); set => Set(value); }

    /// <summary>A new burst download rate in kbit/s; <see langword="null"/> removes the burst.</summary>
    public int? BurstDownloadKbps { get => Get<int?>(); set => Set(value); }

    /// <summary>A new burst upload rate in kbit/s; <see langword="null"/> removes the burst.</summary>
    public int? BurstUploadKbps { get => Get<int?>(); set => Set(value); }

    /// <summary>A new monthly data cap in GB; <see langword="null"/> makes the package unlimited.</summary>
    public int? DataCapGb { get => Get<int?>(); set => Set(value); }

    /// <summary>A new monthly price (cannot be cleared).</summary>
    public Money? Price { get => Get<Money?>(); set => Set(value); }

    /// <summary>New extra RADIUS reply attributes (replaces the whole map).</summary>
    public IReadOnlyDictionary<string, string>? RadiusAttributes { get => Get<IReadOnlyDictionary<string, string>?>(); set => Set(value); }

    /// <summary>A new default shaper parent node of the package's circuits; <see langword="null"/> clears it.</summary>
    public string? ParentNode { get => Get<string?>(); set => Set(value); }
}
