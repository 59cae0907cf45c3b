namespace WISPGate.MockServer.Store;

/// <summary>An entity collection seen without its type (for queries across collections).</summary>
internal interface IEntityCollection
{
    /// <summary>All entities, oldest first.</summary>
    IEnumerable<IEntity> Entities { get; }
}
