
namespace WISPGate.MockServer.Store;

/// <summary>
/// The entities of one type in one tenant, in insertion order. Not thread-safe by itself: every access
/// happens under the tenant's lock (<see cref="TenantData.Gate"/>), which handlers hold while they run.
/// <para>
/// Storage limits live here, the one place every entity is stored through: a record (any entity but an
/// <see cref="ILogEntry"/>) counts against the tenant's <see cref="StorageLimits.MaxRecords"/>; a log keeps its newest
/// <see cref="StorageLimits.MaxLogEntries"/> entries and drops the oldest as new ones arrive.
/// </para>
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityCollection<T> : IEntityCollection, IOrderedEntities<T>
    where T : class, IEntity
{
    private const int CompactAbove = 64;
    private static readonly bool s_isLog = typeof(ILogEntry).IsAssignableFrom(typeof(T));

    private readonly TenantData _tenant;
    private readonly List<Slot> _slots = [];
    private readonly Dictionary<string, int> _positionById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityIndex<T>> _indexes = new(StringComparer.Ordinal);

    // Removed entities leave an empty slot (positions stay valid for _positionById) until they are half the list;
    // then the list is compacted, so create/delete churn and log eviction do not grow it for ever.
    private int _emptySlots;
    private int _firstLive;

    /// <summary>Creates an empty collection in a tenant.</summary>
    public EntityCollection(TenantData tenant) => _tenant = tenant;

    /// <summary>The number of entities.</summary>
    public int Count => _positionById.Count;

    /// <summary>Finds an entity by id.</summary>
    public T? Find(string id) => _positionById.TryGetValue(id, out var position) ? _slots[position].Value : null;

    /// <summary>Adds a new entity; it becomes the newest. A log then drops its oldest entries beyond its limit.</summary>
    public T Add(T entity)
    {
        if (_positionById.ContainsKey(entity.Id))
        {
            throw new InvalidOperationException($"An entity with id '{entity.Id}' already exists.");
        }

        var sequence = _tenant.NextSequence();
        _positionById[entity.Id] = _slots.Count;
        _slots.Add(new Slot(sequence, entity));
        foreach (var index in _indexes.Values)
        {
            index.Added(sequence, entity);
        }

        if (!s_isLog)
        {
            _tenant.RecordCount++;
        }
        else
        {
            while (Count > _tenant.Limits.MaxLogEntries)
            {
                RemoveOldest();
            }
        }

        return entity;
    }

    /// <summary>Stores a new version of an existing entity; its place in the order does not change.</summary>
    public T Replace(T entity)
    {
        var position = _positionById.TryGetValue(entity.Id, out var found) ? found : throw new KeyNotFoundException(entity.Id);
        var slot = _slots[position];
        foreach (var index in _indexes.Values)
        {
            index.Replaced(slot.Sequence, slot.Value!, entity);
        }

        _slots[position] = slot with { Value = entity };
        return entity;
    }

    /// <summary>Removes an entity.</summary>
    public bool Remove(string id)
    {
        if (!_positionById.TryGetValue(id, out var position))
        {
            return false;
        }

        RemoveAt(position);
        return true;
    }

    /// <summary>
    /// The index <paramref name="key"/> declares, built on first use and then kept up to date on every add, replace,
    /// remove and eviction.
    /// </summary>
    public EntityIndex<T> Index(IndexKey<T> key)
    {
        if (!_indexes.TryGetValue(key.Name, out var index))
        {
            _indexes[key.Name] = index = new EntityIndex<T>(this, key.Key, Live());
        }

        return index;
    }

    /// <summary>
    /// The entities a list filter on an indexed field selects: the whole collection when the filter is absent, else
    /// only the entities with one of its values (<see cref="EntityIndex{T}.Select"/>).
    /// </summary>
    public IOrderedEntities<T> Where(IndexKey<T> key, IReadOnlyCollection<string>? values) =>
        values is { Count: > 0 } ? Index(key).Select(values) : this;

    /// <summary>The entities with one value of an indexed field (or all of them when <paramref name="value"/> is null).</summary>
    public IOrderedEntities<T> Where(IndexKey<T> key, string? value) =>
        value is null ? this : Index(key).Select([value]);

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

    /// <inheritdoc />
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

    private IEnumerable<(long Sequence, T Entity)> Live() =>
        _slots.Where(s => s.Value is not null).Select(s => (s.Sequence, s.Value!));

    private void RemoveOldest()
    {
        while (_slots[_firstLive].Value is null)
        {
            _firstLive++;
        }

        RemoveAt(_firstLive);
    }

    private void RemoveAt(int position)
    {
        var slot = _slots[position];
        _positionById.Remove(slot.Value!.Id);
        foreach (var index in _indexes.Values)
        {
            index.Removed(slot.Sequence, slot.Value);
        }

        _slots[position] = slot with { Value = null };
        _emptySlots++;
        if (!s_isLog)
        {
            _tenant.RecordCount--;
        }

        if (_emptySlots > CompactAbove && _emptySlots * 2 > _slots.Count)
        {
            Compact();
        }
    }

    private void Compact()
    {
        _slots.RemoveAll(s => s.Value is null);
        for (var i = 0; i < _slots.Count; i++)
        {
            _positionById[_slots[i].Value!.Id] = i;
        }

        _emptySlots = 0;
        _firstLive = 0;
    }

    private readonly record struct Slot(long Sequence, T? Value);
}
