using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>A speed package (<c>pkg_…</c>): rates, caps, price and RADIUS attributes.</summary>
internal sealed record ServicePackage : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Committed download rate (kbit/s).</summary>
    public required long DownloadKbps { get; init; }

    /// <summary>Committed upload rate (kbit/s).</summary>
    public required long UploadKbps { get; init; }

    /// <summary>Burst download rate (kbit/s).</summary>
    public long? BurstDownloadKbps { get; init; }

    /// <summary>Burst upload rate (kbit/s).</summary>
    public long? BurstUploadKbps { get; init; }

    /// <summary>Monthly data cap in GB; null = unlimited.</summary>
    public long? DataCapGb { get; init; }

    /// <summary>Price per month.</summary>
    public required Money Price { get; init; }

    /// <summary>Extra RADIUS reply attributes.</summary>
    public IReadOnlyDictionary<string, string> RadiusAttributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Shaper parent node of this package's circuits whose device names none.</summary>
    public string? ParentNode { get; init; }

    /// <summary>Archived packages cannot be chosen for new services.</summary>
    public bool Archived { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
