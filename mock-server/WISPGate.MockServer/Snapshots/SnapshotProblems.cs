namespace WISPGate.MockServer.Snapshots;

/// <summary>The problems found while reading a state snapshot (at most <see cref="Max"/>: the first ones are what helps).</summary>
internal sealed class SnapshotProblems
{
    /// <summary>The most problems reported at once.</summary>
    public const int Max = 50;

    private readonly List<SnapshotProblem> _problems = [];

    /// <summary>Whether any was found.</summary>
    public bool Any => _problems.Count > 0;

    /// <summary>How many were found.</summary>
    public int Count => _problems.Count;

    /// <summary>Notes a problem.</summary>
    public void Add(string path, string message)
    {
        if (_problems.Count < Max)
        {
            _problems.Add(new SnapshotProblem(path, message));
        }
    }

    /// <summary>Throws a 422 <see cref="InvalidSnapshotException"/> when any was found.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidSnapshotException(422, _problems.ToList());
        }
    }
}
