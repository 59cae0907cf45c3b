namespace WISPGate.MockServer.Subscribers;

/// <summary>How importSubscribers treats a row whose <c>external_id</c> exists.</summary>
internal enum ImportMode
{
    /// <summary>Leave the existing subscriber as it is (<c>unchanged</c>).</summary>
    CreateOnly,

    /// <summary>Apply the row's fields (<c>updated</c>, or <c>unchanged</c> when nothing differs).</summary>
    Upsert,
}
