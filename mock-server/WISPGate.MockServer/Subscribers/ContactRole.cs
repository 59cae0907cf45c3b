namespace WISPGate.MockServer.Subscribers;

/// <summary>What a contact is reached for.</summary>
internal enum ContactRole
{
    /// <summary>Invoices and payments.</summary>
    Billing,

    /// <summary>Installation and outages.</summary>
    Technical,

    /// <summary>The main contact.</summary>
    Primary,
}
