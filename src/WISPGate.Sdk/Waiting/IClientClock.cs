namespace WISPGate.Sdk.Waiting;

/// <summary>
/// An area client that knows its client's clock (the container's <see cref="System.TimeProvider"/>), for waiters. The
/// source generator implements it on every area class; a hand-made implementation of an area interface (a test double)
/// need not: its waits use the system clock.
/// </summary>
internal interface IClientClock
{
    /// <summary>The client's clock.</summary>
    TimeProvider TimeProvider { get; }
}
