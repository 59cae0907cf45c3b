namespace WISPGate.MockServer.Billing;

/// <summary>Credit note state: issued → void (final).</summary>
internal enum CreditNoteStatus
{
    /// <summary>Lowers the invoice's amount due.</summary>
    Issued,

    /// <summary>Reversed.</summary>
    Void,
}
