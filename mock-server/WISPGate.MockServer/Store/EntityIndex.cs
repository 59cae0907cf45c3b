
namespace WISPGate.MockServer.Store;

/// <summary>
/// A lookup of one collection's entities by a field (subscribers by <c>external_id</c>, invoices by
/// <c>subscriber_id</c>, events by <c>type</c>…), kept up to date by the collection on every add, replace, remove and
/// eviction. A uniqueness check is O(1), and a list filtered on the field walks only the entities that have the value,
/// newest first, so it does not slow down as unrelated data grows. Entities whose key is null are not indexed. Same
/// locking as the collection: the tenant's lock.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityIndex<T>
    where T : class, IEntity
{
    private readonly EntityCollection<T> _collection;
    private readonly Func<T, string?> _key;
    private readonly Dictionary<string, IndexBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Creates an index over a collection's entities, oldest first with their sequence numbers.</summary>
    public EntityIndex(EntityCollection<T> collection, Func<T, string?> key, IEnumerable<(long Sequence, T Entity)> entities)
    {
        _collection = collection;
        _key = key;
        foreach (var (sequence, entity) in entities)
        {
            Added(sequence, entity);
        }
    }

    /// <summary>Whether an entity other than <paramref name="exceptId"/> has <paramref name="key"/>.</summary>
    public bool HasOther(string key, string? exceptId) =>
        _buckets.TryGetValue(key, out var bucket) && (bucket.Count > 1 || exceptId is null || bucket.OldestId != exceptId);

    /// <summary>Whether any entity has <paramref name="key"/>.</summary>
    public bool Any(string key) => _buckets.ContainsKey(key);

    /// <summary>The entities with <paramref name="key"/>, oldest first.</summary>
    public IEnumerable<T> OldestFirst(string key) =>
        _buckets.TryGetValue(key, out var bucket) ? bucket.OldestFirst().Select(item => _collection.Find(item.Id)!) : [];

    /// <summary>The entities with <paramref name="key"/>, newest first.</summary>
    public IEnumerable<T> NewestFirst(string key) => Select([key]).NewestFirst().Select(item => item.Entity);

    /// <summary>
    /// The entities whose key is one of <paramref name="keys"/>, as a source a list can page through (newest first, by
    /// sequence number, like the collection itself).
    /// </summary>
    public IOrderedEntities<T> Select(IReadOnlyCollection<string> keys) => new Selection(this, keys);

    /// <summary>
    /// A snapshot of the entities with <paramref name="key"/> that match, oldest first, safe to change the collection
    /// while walking it; allocates nothing when none match.
    /// </summary>
    public IReadOnlyList<T> Matching(string key, Func<T, bool> predicate)
    {
        List<T>? matching = null;
        foreach (var entity in OldestFirst(key))
        {
            if (predicate(entity))
            {
                (matching ??= []).Add(entity);
            }
        }

        return matching ?? (IReadOnlyList<T>)[];
    }

    /// <summary>Records a new entity.</summary>
    public void Added(long sequence, T entity)
    {
        if (_key(entity) is { } key)
        {
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = new IndexBucket();
            }

            bucket.Add(sequence, entity.Id);
        }
    }

    /// <summary>Records a new version of an entity; nothing to do unless its key changed.</summary>
    public void Replaced(long sequence, T old, T updated)
    {
        if (!string.Equals(_key(old), _key(updated), StringComparison.Ordinal))
        {
            Removed(sequence, old);
            Added(sequence, updated);
        }
    }

    /// <summary>Forgets an entity (removed or evicted).</summary>
    public void Removed(long sequence, T entity)
    {
        if (_key(entity) is { } key && _buckets.TryGetValue(key, out var bucket) && bucket.Remove(sequence) && bucket.Count == 0)
        {
            _buckets.Remove(key);
        }
    }

    private sealed class Selection(EntityIndex<T> index, IReadOnlyCollection<string> keys) : IOrderedEntities<T>
    {
        public IEnumerable<(long Sequence, T Entity)> NewestFirst(long below = long.MaxValue)
        {
            // A k-way merge of the keys' buckets (a filter lists a few values at most): newest first across all of them.
            var cursors = new List<IEnumerator<(long Sequence, string Id)>>();
            try
            {
                foreach (var key in keys.Distinct(StringComparer.Ordinal))
                {
                    if (index._buckets.TryGetValue(key, out var bucket))
                    {
                        var cursor = bucket.NewestFirst(below).GetEnumerator();
                        if (cursor.MoveNext())
                        {
                            cursors.Add(cursor);
                        }
                        else
                        {
                            cursor.Dispose();
                        }
                    }
                }

                while (cursors.Count > 0)
                {
                    var newest = 0;
                    for (var i = 1; i < cursors.Count; i++)
                    {
                        if (cursors[i].Current.Sequence > cursors[newest].Current.Sequence)
                        {
                            newest = i;
                        }
                    }

                    var (sequence, id) = cursors[newest].Current;
                    yield return (sequence, index._collection.Find(id)!);
                    if (!cursors[newest].MoveNext())
                    {
                        cursors[newest].Dispose();
                        cursors.RemoveAt(newest);
                    }
                }
            }
            finally
            {
                foreach (var cursor in cursors)
                {
                    cursor.Dispose();
                }
            }
        }
    }
}
