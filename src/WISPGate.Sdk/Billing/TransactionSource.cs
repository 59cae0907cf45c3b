using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>What produced a ledger transaction.</summary>
[JsonConverter(typeof(TolerantEnumConverter<TransactionSource>))]
public enum TransactionSource
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>invoice</c>: an invoice.</summary>
    Invoice,

    /// <summary><c>payment</c>: a payment.</summary>
    Payment,

    /// <summary><c>credit_note</c>: a credit note.</summary>
    CreditNote,

    /// <summary><c>refund</c>: a refund.</summary>
    Refund,

    /// <summary><c>adjustment</c>: a manual adjustment.</summary>
    Adjustment,
}
