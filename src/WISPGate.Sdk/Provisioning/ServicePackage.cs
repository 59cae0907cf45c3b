namespace WISPGate.Sdk.Provisioning;

/// <summary>A speed package: rates, data cap, price and the RADIUS attributes that enforce it.</summary>
public sealed record ServicePackage
{
    /// <summary>The WISPGate id, <c>pkg_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The package name shown to staff and on invoices.</summary>
    public required string Name { get; init; }

    /// <summary>A longer description; <see langword="null"/> when none.</summary>
    public string? Description { get; init; }

    /// <summary>Committed download rate in kbit/s.</summary>
    public required int DownloadKbps { get; init; }

    /// <summary>Committed upload rate in kbit/s.</summary>
    public required int UploadKbps { get; init; }

    /// <summary>Burst download rate in kbit/s (at least <see cref="DownloadKbps"/>); <see langword="null"/> when no burst.</summary>
    public int? BurstDownloadKbps { get; init; }

    /// <summary>Burst upload rate in kbit/s (at least <see cref="UploadKbps"/>); <see langword="null"/> when no burst.</summary>
    public int? BurstUploadKbps { get; init; }

    /// <summary>Monthly data cap in GB; <see langword="null"/> when unlimited.</summary>
    public int? DataCapGb { get; init; }

    /// <summary>The price per month.</summary>
    public required Money Price { get; init; }

    /// <summary>Extra RADIUS reply attributes (name → value) merged over the rate-limit attributes derived from the speeds.</summary>
    public required IReadOnlyDictionary<string, string> RadiusAttributes { get; init; }

    /// <summary>
    /// The shaper parent node (site, tower or access point) of the package's circuits whose device names none;
    /// <see langword="null"/> when not set.
    /// </summary>
    public string? ParentNode { get; init; }

    /// <summary>Whether the package is archived: its services keep it, new services and package changes cannot choose it.</summary>
    public required bool Archived { get; init; }

    /// <summary>When the package was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the package last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
