namespace WISPGate.MockServer.Billing;

/// <summary>
/// Invoice lifecycle: draft → open (finalize) → paid; draft, or open without payments or credits → void;
/// open → uncollectible (still payable, then paid). A refund or a voided credit note reopens a paid invoice.
/// </summary>
internal enum InvoiceStatus
{
    /// <summary>Editable, not owed yet.</summary>
    Draft,

    /// <summary>Issued and owed.</summary>
    Open,

    /// <summary>Nothing due (payments and credit notes cover the total).</summary>
    Paid,

    /// <summary>Cancelled (final).</summary>
    Void,

    /// <summary>Written off, still payable.</summary>
    Uncollectible,
}
