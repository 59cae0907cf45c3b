namespace WISPGate.MockServer.Subscribers;

/// <summary>Subscriber lifecycle: prospect → active ⇄ suspended → cancelled (a prospect may also be cancelled).</summary>
internal enum SubscriberStatus
{
    /// <summary>Signed up, not yet active.</summary>
    Prospect,

    /// <summary>Active customer.</summary>
    Active,

    /// <summary>Suspended (e.g. non-payment).</summary>
    Suspended,

    /// <summary>Cancelled (final).</summary>
    Cancelled,
}
