namespace WISPGate.Sdk.Provisioning;

/// <summary>The body of <c>POST /api/v1/service-packages</c>.</summary>
public sealed record CreateServicePackageRequest
{
    /// <summary>The package name (1–200 characters).</summary>
    public required string Name { get; init; }

    /// <summary>A longer description.</summary>
    public string? Description { get; init; }

    /// <summary>Committed download rate in kbit/s.</summary>
    public required int DownloadKbps { get; init; }

    /// <summary>Committed upload rate in kbit/s.</summary>
    public required int UploadKbps { get; init; }

    /// <summary>Burst download rate in kbit/s, at least <see cref="DownloadKbps"/> (else 422).</summary>
    public int? BurstDownloadKbps { get; init; }

    /// <summary>Burst upload rate in kbit/s, at least <see cref="UploadKbps"/> (else 422).</summary>
    public int? BurstUploadKbps { get; init; }

    /// <summary>Monthly data cap in GB; leave unset for unlimited.</summary>
    public int? DataCapGb { get; init; }

    /// <summary>The price per month.</summary>
    public required Money Price { get; init; }

    /// <summary>Extra RADIUS reply attributes (name → value).</summary>
    public IReadOnlyDictionary<string, string>? RadiusAttributes { get; init; }

    /// <summary>
    /// The shaper parent node (site, tower or access point, 1–100 characters) of the package's circuits whose device
    /// names none: the <c>Parent Node</c> of their rows in the shaper export.
    /// </summary>
    public string? ParentNode { get; init; }
}
