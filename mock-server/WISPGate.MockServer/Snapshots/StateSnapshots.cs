using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// Export and import of a running server's state (<c>GET|PUT /__admin/wispgate/state</c>,
/// <see cref="WispGateMockServer.ExportStateAsync"/>, <see cref="WispGateMockServer.ImportStateAsync"/>).
/// <para>
/// A whole-server snapshot replaces everything a reset would — tenants' data, API keys, id counters — and sets the clock
/// and the idempotency records; like a reset, webhook deliveries and hook calls still waiting for the old data are
/// dropped. A tenant snapshot replaces only its tenants' data and idempotency records (each under its lock); other
/// tenants, API keys and the clock stay, and id counters only move forward. Faults, the request log and the rate-limit
/// windows are not state and stay. A reset still goes back to the <c>--seed</c>.
/// </para>
/// </summary>
internal static class StateSnapshots
{
    /// <summary>What an import replaced.</summary>
    /// <param name="Scope"><c>server</c> or <c>tenant</c>.</param>
    /// <param name="Tenants">The tenants loaded.</param>
    internal sealed record ImportSummary(string Scope, IReadOnlyList<string> Tenants);

    /// <summary>The current state as a snapshot; null when <paramref name="tenantId"/> names no tenant.</summary>
    public static byte[]? Export(MockRuntime runtime, string? tenantId)
    {
        var state = runtime.Store.Current;
        return tenantId is not null && !state.Tenants.ContainsKey(tenantId)
            ? null
            : StateWriter.Write(state, runtime.Registry.StateCollections.Values, runtime.Clock.GetUtcNow(), runtime.Idempotency, tenantId);
    }

    /// <summary>Loads a snapshot; throws <see cref="InvalidSnapshotException"/> (nothing changed) when it is not valid.</summary>
    public static ImportSummary Import(MockRuntime runtime, ReadOnlyMemory<byte> json)
    {
        var limits = Limits(runtime.Registry.Host.Options);
        var document = StateReader.Read(json, runtime.Registry.StateCollections, limits);
        if (document.WholeServer)
        {
            var state = document.Build(limits);
            Activate(runtime, state);
            runtime.Store.Replace(state);
            return new ImportSummary(StateDocument.ServerScope, document.Tenants.Select(t => t.Id).ToList());
        }

        var current = runtime.Store.Current;
        var problems = new SnapshotProblems();
        for (var i = 0; i < document.Tenants.Count; i++)
        {
            if (!current.Tenants.ContainsKey(document.Tenants[i].Id))
            {
                problems.Add($"tenants[{i}].id", $"This server has no tenant '{document.Tenants[i].Id}': a tenant snapshot replaces the data of a tenant the server has (its seed names the tenants).");
            }
        }

        problems.ThrowIfAny();
        foreach (var (prefix, last) in document.IdCounters)
        {
            current.Ids.Raise(prefix, last);
        }

        foreach (var tenant in document.Tenants)
        {
            var live = current.Tenants[tenant.Id];
            lock (live.Gate)
            {
                live.Clear();
                tenant.LoadInto(live, current.Ids);
            }
        }

        runtime.Idempotency.Import(document.Tenants.ToDictionary(t => t.Id, t => t.Idempotency, StringComparer.Ordinal), all: false);
        return new ImportSummary(StateDocument.TenantScope, document.Tenants.Select(t => t.Id).ToList());
    }

    /// <summary>Applies what a snapshot state carries beyond its data (clock, idempotency records) as it becomes current.</summary>
    public static void Activate(MockRuntime runtime, MockState state)
    {
        if (state.Extras is not { } extras)
        {
            return;
        }

        if (extras.ClockNow is { } now)
        {
            runtime.Clock.Set(now);
        }

        runtime.Idempotency.Import(extras.Idempotency, all: true);
    }

    /// <summary>The storage limits of a server's options.</summary>
    public static StorageLimits Limits(WispGateMockServerOptions options) => new(options.MaxRecordsPerTenant, options.MaxLogEntriesPerTenant);
}
