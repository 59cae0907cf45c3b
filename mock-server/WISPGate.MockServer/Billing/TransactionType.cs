namespace WISPGate.MockServer.Billing;

/// <summary>Ledger direction: a debit raises what the subscriber owes, a credit lowers it.</summary>
internal enum TransactionType
{
    /// <summary>Owes more (invoice finalized, refund, credit note voided).</summary>
    Debit,

    /// <summary>Owes less (payment, credit note, open invoice voided).</summary>
    Credit,
}
