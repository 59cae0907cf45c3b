namespace WISPGate.MockServer.Store;

/// <summary>
/// The entities of one type in one tenant, in insertion order. Not thread-safe by itself: every access
/// happens under the tenant's lock (<see cref="TenantData.Gate"/>), which handlers hold while they run.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityCollection<T> : IEntityCollection
    where T : class, IEntity
{
    private readonly TenantData _tenant;
    private readonly List<Slot> _slots = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityIndex<T>> _indexes = new(StringComparer.Ordinal);

    /// <summary>Creates an empty collection in a tenant.</summary>
    public EntityCollection(TenantData tenant) => _tenant = tenant;

    /// <summary>The number of entities.</summary>
    public int Count => _indexById.Count;

    /// <summary>Finds an entity by id.</summary>
    public T? Find(string id) => _indexById.TryGetValue(id, out var index) ? _slots[index].Value : null;

    /// <summary>Adds a new entity; it becomes the newest.</summary>
    public T Add(T entity)
    {
        if (_indexById.ContainsKey(entity.Id))
        {
            throw new InvalidOperationException($"An entity with id '{entity.Id}' already exists.");
        }

        _indexById[entity.Id] = _slots.Count;
        _slots.Add(new Slot(_tenant.NextSequence(), entity));
        foreach (var index in _indexes.Values)
        {
            index.Added(entity);
        }

        return entity;
    }

    /// <summary>Stores a new version of an existing entity; its place in the order does not change.</summary>
    public T Replace(T entity)
    {
        var index = _indexById.TryGetValue(entity.Id, out var i) ? i : throw new KeyNotFoundException(entity.Id);
        foreach (var lookup in _indexes.Values)
        {
            lookup.Removed(_slots[index].Value!);
            lookup.Added(entity);
        }

        _slots[index] = _slots[index] with { Value = entity };
        return entity;
    }

    /// <summary>Removes an entity.</summary>
    public bool Remove(string id)
    {
        if (!_indexById.Remove(id, out var index))
        {
            return false;
        }

        foreach (var lookup in _indexes.Values)
        {
            lookup.Removed(_slots[index].Value!);
        }

        _slots[index] = _slots[index] with { Value = null };
        return true;
    }

    /// <summary>
    /// The lookup named <paramref name="name"/> by <paramref name="key"/>, built on first use and then kept up to date
    /// (one name, one key function).
    /// </summary>
    public EntityIndex<T> Index(string name, Func<T, string?> key)
    {
        if (!_indexes.TryGetValue(name, out var index))
        {
            _indexes[name] = index = new EntityIndex<T>(key, All());
        }

        return index;
    }

    /// <summary>
    /// A snapshot of the entities that match, oldest first, safe to change the collection while walking it; allocates
    /// nothing when none match (the clock hooks ask before every request, and usually nothing is due).
    /// </summary>
    public IReadOnlyList<T> Matching(Func<T, bool> predicate)
    {
        List<T>? matching = null;
        foreach (var slot in _slots)
        {
            if (slot.Value is { } value && predicate(value))
            {
                (matching ??= []).Add(value);
            }
        }

        return matching ?? (IReadOnlyList<T>)[];
    }

    /// <summary>All entities, oldest first.</summary>
    public IEnumerable<T> All() => _slots.Where(s => s.Value is not null).Select(s => s.Value!);

    /// <inheritdoc />
    IEnumerable<IEntity> IEntityCollection.Entities => All();

    /// <summary>
    /// Entities newest first, starting strictly below a sequence number. Sequence numbers only grow, so a
    /// cursor made of one never shifts when newer entities arrive (no duplicates, no skips).
    /// </summary>
    public IEnumerable<(long Sequence, T Entity)> NewestFirst(long below = long.MaxValue)
    {
        var start = _slots.Count - 1;
        if (below != long.MaxValue)
        {
            var low = 0;
            var high = _slots.Count - 1;
            start = -1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (_slots[middle].Sequence < below)
                {
                    start = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }
        }

        for (var i = start; i >= 0; i--)
        {
            if (_slots[i].Value is { } value)
            {
                yield return (_slots[i].Sequence, value);
            }
        }
    }

    private readonly record struct Slot(long Sequence, T? Value);
}
