namespace WISPGate.Sdk.Waiting;

/// <summary>An area client that knows its client's clock (the container's <see cref="System.TimeProvider"/>), for waiters.</summary>
internal interface IClientClock
{
    /// <summary>The client's clock.</summary>
    TimeProvider TimeProvider { get; }
}
