namespace WISPGate.Sdk.Provisioning;

/// <summary>The body of <c>POST /api/v1/services/{id}/change-package</c>.</summary>
public sealed record ChangeServicePackageRequest
{
    /// <summary>The new package (<c>pkg_…</c>): it must exist, not be archived and not be the current one (else 422).</summary>
    public required string ServicePackageId { get; init; }

    /// <summary>Why (kept on the provisioning job and the event).</summary>
    public string? Reason { get; init; }
}
