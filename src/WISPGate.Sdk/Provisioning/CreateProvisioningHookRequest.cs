namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// The body of <c>POST /api/v1/provisioning-hooks</c>. An enabled hook whose actions overlap another enabled hook's →
/// 409 <c>provisioning_hook_conflict</c>; a URL that is not absolute http(s) → 422.
/// </summary>
public sealed record CreateProvisioningHookRequest
{
    /// <summary>Where to POST the signed hook calls: an absolute http or https URL.</summary>
    public required string Url { get; init; }

    /// <summary>A note about the hook.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The provisioning actions to send to the hook, as wire names (<c>activate_service</c>, <c>suspend_service</c>, …),
    /// or <c>[ProvisioningHook.AllActions]</c> for all. One to 20, no repeats.
    /// </summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Whether to send jobs at once; the API defaults to <see langword="true"/>.</summary>
    public bool? Enabled { get; init; }
}
