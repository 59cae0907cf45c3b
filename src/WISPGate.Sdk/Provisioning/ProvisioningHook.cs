namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Your own network automation taking part in provisioning: every provisioning job whose action the hook covers is
/// POSTed to <see cref="Url"/> as a signed <see cref="ProvisioningHookCall"/> (verify it with
/// <see cref="ProvisioningHookReceiver"/>) instead of the built-in network simulation, and finishes with your
/// <see cref="ProvisioningHookAnswer"/> or a later <see cref="IProvisioningJobsClient.AckAsync"/> /
/// <see cref="IProvisioningJobsClient.NakAsync"/>. One enabled hook per action per tenant.
/// </summary>
public sealed record ProvisioningHook
{
    /// <summary>The value of <see cref="Actions"/> that covers every provisioning action, new ones included: <c>["*"]</c>.</summary>
    public const string AllActions = "*";

    /// <summary>The WISPGate id, <c>prh_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where the signed hook calls are POSTed (http or https).</summary>
    public required string Url { get; init; }

    /// <summary>A note about the hook.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The provisioning actions sent to the hook, as wire names (<c>activate_service</c>, … — see
    /// <see cref="ProvisioningAction"/>), or <c>["*"]</c> (<see cref="AllActions"/>) for all.
    /// </summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Whether jobs are sent to the hook (a disabled hook takes no new jobs; they use the built-in simulation).</summary>
    public required bool Enabled { get; init; }

    /// <summary>
    /// The signing secret (<c>whsec_…</c>) of the hook calls, for <see cref="ProvisioningHookReceiver"/>. Only the response of
    /// <see cref="IProvisioningHooksClient.CreateAsync"/> carries it — store it then; it is never returned again.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>When the hook was registered (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the hook last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
