namespace WISPGate.MockServer.Billing;

/// <summary>What produced a ledger transaction.</summary>
internal enum TransactionSource
{
    /// <summary>An invoice finalized (debit) or voided (credit).</summary>
    Invoice,

    /// <summary>A payment (credit).</summary>
    Payment,

    /// <summary>A credit note issued (credit) or voided (debit).</summary>
    CreditNote,

    /// <summary>A refund (debit).</summary>
    Refund,

    /// <summary>A manual adjustment (not produced by the mock's operations).</summary>
    Adjustment,
}
