namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// The body of <c>PATCH /api/v1/provisioning-hooks/{id}</c>. Only the properties you assign are sent; assigning
/// <see langword="null"/> clears a clearable field (<see cref="PatchRequest"/>). The secret cannot change (create a new
/// hook); enabling or widening a hook so that two enabled hooks cover one action → 409 <c>provisioning_hook_conflict</c>.
/// </summary>
public sealed record UpdateProvisioningHookRequest : PatchRequest
{
    /// <summary>A new URL (cannot be cleared).</summary>
    public string? Url { get => Get<string?>(); set => Set(value); }

    /// <summary>A new note; <see langword="null"/> clears it.</summary>
    public string? Description { get => Get<string?>(); set => Set(value); }

    /// <summary>New actions (wire names, or <c>[ProvisioningHook.AllActions]</c>); cannot be cleared.</summary>
    public IReadOnlyList<string>? Actions { get => Get<IReadOnlyList<string>?>(); set => Set(value); }

    /// <summary>Enables or disables the hook.</summary>
    public bool? Enabled { get => Get<bool?>(); set => Set(value); }
}
