namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// A state snapshot that cannot be loaded: not JSON (<see cref="Status"/> 400) or not a valid snapshot (422), with every
/// problem found and where it is. Nothing was changed.
/// </summary>
internal sealed class InvalidSnapshotException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidSnapshotException(int status, IReadOnlyList<SnapshotProblem> problems)
        : base(Describe(problems))
    {
        Status = status;
        Problems = problems;
    }

    /// <summary>400 (not JSON) or 422 (not a valid snapshot).</summary>
    public int Status { get; }

    /// <summary>The problems, in document order (at most <see cref="SnapshotProblems.Max"/>).</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SnapshotProblem> problems) =>
        problems.Count == 1
            ? $"The state snapshot is invalid: {problems[0]}"
            : $"The state snapshot is invalid ({problems.Count} problems): {string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? "; …" : string.Empty)}";
}
