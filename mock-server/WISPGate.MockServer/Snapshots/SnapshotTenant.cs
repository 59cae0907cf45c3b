using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Snapshots;

/// <summary>One tenant of a read state snapshot: its entities by collection (oldest first) and its idempotency records.</summary>
/// <param name="Id">The tenant id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Collections">Every collection with its entities (entities are immutable: shared by every state built from it).</param>
/// <param name="Idempotency">Its finished idempotency keys, oldest first.</param>
internal sealed record SnapshotTenant(
    string Id,
    string Name,
    IReadOnlyList<(StateCollection Collection, IReadOnlyList<IEntity> Items)> Collections,
    IReadOnlyList<IdempotencyRecord> Idempotency)
{
    /// <summary>A fresh tenant holding the entities.</summary>
    public TenantData Build(StorageLimits limits, IdGenerator ids)
    {
        var tenant = new TenantData(Id, Name, limits);
        LoadInto(tenant, ids);
        return tenant;
    }

    /// <summary>Adds the entities to a tenant (empty, or just cleared under its lock) and makes later ids come after theirs.</summary>
    public void LoadInto(TenantData tenant, IdGenerator ids)
    {
        foreach (var (collection, items) in Collections)
        {
            foreach (var item in items)
            {
                ids.Observe(item.Id);
                collection.Add(tenant, item);
            }
        }
    }
}
