namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// Remembers which events were handled, so a delivery WISPGate repeats (a retry after a timeout, a manual
/// re-delivery) is acknowledged without running the handlers again. The default keeps the ids in memory, bounded by
/// <see cref="WispGateWebhookOptions.DeduplicationCapacity"/> and <see cref="WispGateWebhookOptions.DeduplicationWindow"/>;
/// register your own implementation (a database table, a distributed cache) as a singleton when several instances
/// receive deliveries or ids must survive a restart.
/// </summary>
/// <remarks>
/// For every verified delivery the endpoint calls <see cref="TryClaimAsync"/>; after a <see cref="WispGateWebhookClaim.Claimed"/>
/// it calls exactly one of <see cref="MarkProcessedAsync"/> (the handlers succeeded) or <see cref="ReleaseAsync"/> (a
/// handler threw or the request was aborted). A shared store should let an unreleased claim expire, in case the process
/// holding it dies.
/// </remarks>
public interface IWispGateWebhookDeduplicationStore
{
    /// <summary>Claims an event id for handling, atomically.</summary>
    /// <param name="eventId">The event id (<c>evt_…</c>).</param>
    /// <param name="cancellationToken">Cancelled when the delivery's connection closes.</param>
    /// <returns>Whether this delivery handles the event.</returns>
    ValueTask<WispGateWebhookClaim> TryClaimAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Records that the claimed event was handled: later deliveries of it get <see cref="WispGateWebhookClaim.AlreadyProcessed"/>.</summary>
    /// <param name="eventId">The event id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the id is recorded.</returns>
    ValueTask MarkProcessedAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Gives up a claim without recording the event as handled: the next delivery of it may claim it again.</summary>
    /// <param name="eventId">The event id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken);
}
