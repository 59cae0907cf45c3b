namespace WISPGate.Samples.ProvisioningHook;

/// <summary>The "ProvisioningHook" configuration section.</summary>
public sealed class ProvisioningHookOptions
{
    /// <summary>
    /// The hook's signing secret (<c>whsec_…</c>), returned once by <c>POST /api/v1/provisioning-hooks</c>; during a
    /// rotation, the old and the new hook's secrets (<c>ProvisioningHook__SigningSecrets__0</c>, <c>…__1</c>).
    /// </summary>
    public List<string> SigningSecrets { get; set; } = [];
}
