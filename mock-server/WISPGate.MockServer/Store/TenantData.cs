using System.Collections.Concurrent;

namespace WISPGate.MockServer.Store;

/// <summary>
/// Everything one tenant owns. Data of one tenant is never reachable from another: handlers only
/// ever see the caller's <see cref="TenantData"/>.
/// </summary>
internal sealed class TenantData
{
    private readonly ConcurrentDictionary<Type, object> _collections = new();
    private long _sequence;

    /// <summary>Creates an empty tenant with storage limits.</summary>
    public TenantData(string id, string name, StorageLimits limits)
    {
        Id = id;
        Name = name;
        Limits = limits;
    }

    /// <summary>The tenant id (<c>tenant_demo_001</c>).</summary>
    public string Id { get; }

    /// <summary>A display name.</summary>
    public string Name { get; }

    /// <summary>How much the tenant may store.</summary>
    public StorageLimits Limits { get; }

    /// <summary>How many records (entities other than log entries) the tenant holds, its seed's included.</summary>
    public int RecordCount { get; internal set; }

    /// <summary>Whether the tenant holds as many records as its limit allows: creates are refused until some go.</summary>
    public bool IsFull => RecordCount >= Limits.MaxRecords;

    /// <summary>
    /// The tenant's lock. Synchronous handlers run while holding it, so a business rule (uniqueness,
    /// state machine, balance) is checked and applied atomically.
    /// </summary>
    public Lock Gate { get; } = new();

    /// <summary>The collection of one entity type (created on first use).</summary>
    public EntityCollection<T> Collection<T>()
        where T : class, IEntity =>
        (EntityCollection<T>)_collections.GetOrAdd(typeof(T), static (_, tenant) => new EntityCollection<T>(tenant), this);

    /// <summary>
    /// Every stored entity of the tenant that is a <typeparamref name="T"/>, across all collections — for rules that
    /// look at "anything that references X" (e.g. billing history of a subscriber) without knowing every type.
    /// </summary>
    public IEnumerable<T> EntitiesOf<T>() =>
        _collections.Values.Cast<IEntityCollection>().SelectMany(c => c.Entities).OfType<T>();

    /// <summary>
    /// Drops every entity (a state snapshot of this tenant is being loaded in its place; call it under <see cref="Gate"/>).
    /// Sequence numbers keep growing, so a page cursor of the old data never points into the new.
    /// </summary>
    internal void Clear()
    {
        _collections.Clear();
        RecordCount = 0;
    }

    /// <summary>The next insertion sequence number of this tenant.</summary>
    internal long NextSequence() => Interlocked.Increment(ref _sequence);
}
