namespace WISPGate.MockServer.Subscribers;

/// <summary>The outcome of one import row.</summary>
internal enum ImportRowStatus
{
    /// <summary>A new subscriber.</summary>
    Created,

    /// <summary>An existing subscriber (matched on external_id) took the row's fields.</summary>
    Updated,

    /// <summary>An existing subscriber was left as it is.</summary>
    Unchanged,

    /// <summary>The row was refused; <c>error</c> says why.</summary>
    Failed,
}
