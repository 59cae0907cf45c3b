namespace WISPGate.MockServer.Snapshots;

/// <summary>What is wrong with a state snapshot, and where: <c>tenants[0].subscribers[3].id</c>.</summary>
/// <param name="Path">The entry, as a path into the document (empty for the document itself).</param>
/// <param name="Message">What is wrong with it.</param>
internal sealed record SnapshotProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
