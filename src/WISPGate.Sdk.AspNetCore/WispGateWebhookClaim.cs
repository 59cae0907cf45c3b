namespace WISPGate.Sdk.AspNetCore;

/// <summary>The answer of <see cref="IWispGateWebhookDeduplicationStore.TryClaimAsync"/> for an event id.</summary>
public enum WispGateWebhookClaim
{
    /// <summary>The id is new: this delivery handles the event and then marks it processed or releases it.</summary>
    Claimed,

    /// <summary>Another delivery of the same event is being handled right now: answered 409, WISPGate retries later.</summary>
    InProgress,

    /// <summary>The event was handled before: answered 200 without handling it again.</summary>
    AlreadyProcessed,
}
