using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// The tenant's own network automation taking part in provisioning (<c>prh_…</c>): the jobs of the actions it covers
/// are POSTed to it, signed (<see cref="ProvisioningHookDispatcher"/>), instead of going to the built-in simulation.
/// </summary>
internal sealed record ProvisioningHook : IEntity
{
    /// <summary>The registration for every action.</summary>
    public const string AllActions = "*";

    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Where hook calls are POSTed (http or https).</summary>
    public required string Url { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Provisioning actions (wire names), or <c>["*"]</c>.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Whether jobs are sent to it.</summary>
    public required bool Enabled { get; init; }

    /// <summary>The signing secret as the API shows it: only in the create response (null, so omitted, everywhere else).</summary>
    public string? Secret { get; init; }

    /// <summary>The signing secret the server signs with; never serialized.</summary>
    [JsonIgnore]
    public string SigningSecret { get; init; } = string.Empty;

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether a new job of <paramref name="action"/> goes to this hook.</summary>
    public bool Covers(ProvisioningAction action) => Enabled && (Actions.Contains(AllActions) || Actions.Contains(WireJson.Name(action)));

    /// <summary>The actions two registrations both cover (<c>*</c> covers every action), in wire names.</summary>
    public static IReadOnlyList<string> Shared(IReadOnlyList<string> one, IReadOnlyList<string> other) =>
        one.Contains(AllActions) ? (other.Contains(AllActions) ? [AllActions] : other.ToList())
        : other.Contains(AllActions) ? one.ToList()
        : one.Intersect(other, StringComparer.Ordinal).ToList();
}
