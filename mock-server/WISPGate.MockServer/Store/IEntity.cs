namespace WISPGate.MockServer.Store;

/// <summary>
/// A stored resource. Entities are immutable records: a change stores a new version
/// (<c>collection.Replace(entity with { ... })</c>), so a rendered response never sees a half-made change.
/// </summary>
internal interface IEntity
{
    /// <summary>The prefixed id (<c>sub_000184</c>).</summary>
    string Id { get; }

    /// <summary>When it was created, by the server clock.</summary>
    DateTimeOffset CreatedAt { get; }
}
