namespace WISPGate.MockServer.Store;

/// <summary>
/// A lookup of one collection's entities by a field (e.g. subscribers by <c>external_id</c>), kept up to date by the
/// collection on every add, replace and remove, so a uniqueness check is O(1) instead of a scan. Same locking as the
/// collection: the tenant's lock.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityIndex<T>
    where T : class, IEntity
{
    private readonly Func<T, string?> _key;
    private readonly Dictionary<string, HashSet<string>> _idsByKey = new(StringComparer.Ordinal);

    /// <summary>Creates an index over <paramref name="entities"/>.</summary>
    public EntityIndex(Func<T, string?> key, IEnumerable<T> entities)
    {
        _key = key;
        foreach (var entity in entities)
        {
            Added(entity);
        }
    }

    /// <summary>Whether an entity other than <paramref name="exceptId"/> has <paramref name="key"/>.</summary>
    public bool HasOther(string key, string? exceptId) =>
        _idsByKey.TryGetValue(key, out var ids) && (ids.Count > 1 || exceptId is null || !ids.Contains(exceptId));

    /// <summary>Records a new entity.</summary>
    public void Added(T entity)
    {
        if (_key(entity) is { } key)
        {
            if (!_idsByKey.TryGetValue(key, out var ids))
            {
                _idsByKey[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(entity.Id);
        }
    }

    /// <summary>Forgets an entity (its old version on replace).</summary>
    public void Removed(T entity)
    {
        if (_key(entity) is { } key && _idsByKey.TryGetValue(key, out var ids) && ids.Remove(entity.Id) && ids.Count == 0)
        {
            _idsByKey.Remove(key);
        }
    }
}
