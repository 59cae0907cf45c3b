namespace WISPGate.MockServer.Store;

/// <summary>Entities in insertion order that a list pages through: a whole collection, or the part an index selects.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal interface IOrderedEntities<T>
    where T : class, IEntity
{
    /// <summary>
    /// Entities newest first, starting strictly below a sequence number. Sequence numbers only grow, so a cursor made of
    /// one never shifts when newer entities arrive (no duplicates, no skips).
    /// </summary>
    IEnumerable<(long Sequence, T Entity)> NewestFirst(long below = long.MaxValue);
}
