namespace WISPGate.MockServer.Store;

/// <summary>
/// Holds the current <see cref="MockState"/> and swaps in a fresh one built from the seed on reset.
/// Requests already running finish against the state they started with.
/// </summary>
internal sealed class MockStore
{
    private readonly Func<MockState> _seed;
    private MockState _current;

    /// <summary>Creates the store and loads the seed.</summary>
    public MockStore(Func<MockState> seed)
    {
        _seed = seed;
        _current = seed();
    }

    /// <summary>The current state.</summary>
    public MockState Current => Volatile.Read(ref _current);

    /// <summary>Raised after events were recorded and their change completed (outside any tenant lock).</summary>
    public event Action<DomainEvent>? EventRecorded;

    /// <summary>Replaces everything with a fresh copy of the seed.</summary>
    public void Reset() => Volatile.Write(ref _current, _seed());

    /// <summary>Announces recorded events to observers (webhook delivery).</summary>
    public void Publish(IReadOnlyList<DomainEvent> events)
    {
        foreach (var recorded in events)
        {
            EventRecorded?.Invoke(recorded);
        }
    }
}
