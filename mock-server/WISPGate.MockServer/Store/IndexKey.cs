namespace WISPGate.MockServer.Store;

/// <summary>
/// An index of a collection, declared once (name and key together) and used wherever its field is looked up or
/// filtered on: <c>new IndexKey&lt;Invoice&gt;("subscriber_id", i =&gt; i.SubscriberId)</c>.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Name">The index's name in its collection.</param>
/// <param name="Key">The indexed field; null leaves an entity out of the index.</param>
internal sealed record IndexKey<T>(string Name, Func<T, string?> Key)
    where T : class, IEntity;
