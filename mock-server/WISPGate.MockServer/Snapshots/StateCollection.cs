using System.Text.Json;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// One entity collection of a tenant as state snapshots carry it (<c>"subscribers": [ … ]</c>), declared by its domain
/// module (<see cref="Modules.DomainRegistry.StateCollection{T}"/>): how to take its entities out of a tenant, write,
/// read and put them back, without knowing the type.
/// </summary>
internal abstract class StateCollection
{
    /// <summary>Creates the descriptor.</summary>
    protected StateCollection(string name, Type entityType)
    {
        Name = name;
        EntityType = entityType;
    }

    /// <summary>The collection's name in a snapshot (<c>subscribers</c>).</summary>
    public string Name { get; }

    /// <summary>The entity type.</summary>
    public Type EntityType { get; }

    /// <summary>Whether it is an append-only log (events, delivery attempts): its entries do not count as records.</summary>
    public bool IsLog => typeof(ILogEntry).IsAssignableFrom(EntityType);

    /// <summary>The tenant's entities, oldest first (call under the tenant's lock).</summary>
    public abstract IReadOnlyList<IEntity> Entities(TenantData tenant);

    /// <summary>Adds an entity to the tenant, as the newest (call under the tenant's lock).</summary>
    public abstract void Add(TenantData tenant, IEntity entity);

    /// <summary>Writes an entity (<see cref="StateJson"/>).</summary>
    public void Write(Utf8JsonWriter writer, IEntity entity) => JsonSerializer.Serialize(writer, entity, EntityType, StateJson.Options);

    /// <summary>Reads an entity; throws <see cref="JsonException"/> (with the path inside the item) when it does not fit.</summary>
    public IEntity Read(JsonElement item) =>
        JsonSerializer.Deserialize(item, EntityType, StateJson.Options) as IEntity ?? throw new JsonException("An entity must be a JSON object.");
}

/// <summary>The <see cref="StateCollection"/> of entities of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class StateCollection<T>(string name) : StateCollection(name, typeof(T))
    where T : class, IEntity
{
    /// <inheritdoc />
    public override IReadOnlyList<IEntity> Entities(TenantData tenant) => tenant.Collection<T>().All().ToList();

    /// <inheritdoc />
    public override void Add(TenantData tenant, IEntity entity) => tenant.Collection<T>().Add((T)entity);
}
