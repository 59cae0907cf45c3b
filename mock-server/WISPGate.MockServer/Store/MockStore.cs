
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

    /// <summary>Raised for background work a change asked for, after it completed (outside any tenant lock).</summary>
    public event Action<WorkRequest>? WorkRequested;

    /// <summary>Replaces everything with a fresh copy of the seed.</summary>
    public void Reset() => Volatile.Write(ref _current, _seed());

    /// <summary>Makes <paramref name="state"/> current (a state snapshot was loaded); the seed stays what a reset goes back to.</summary>
    public void Replace(MockState state) => Volatile.Write(ref _current, state);

    /// <summary>Announces recorded events to observers (webhook delivery).</summary>
    public void Publish(IReadOnlyList<DomainEvent> events)
    {
        foreach (var recorded in events)
        {
            EventRecorded?.Invoke(recorded);
        }
    }

    /// <summary>Announces what a scope asked for — its recorded events, then its background work — to the observers.</summary>
    public void Publish(IReadOnlyList<DomainEvent> events, IReadOnlyList<WorkRequest> work)
    {
        Publish(events);
        foreach (var request in work)
        {
            WorkRequested?.Invoke(request);
        }
    }
}
