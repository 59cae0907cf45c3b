using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The direction of a ledger transaction: a debit raises what the subscriber owes, a credit lowers it.</summary>
[JsonConverter(typeof(TolerantEnumConverter<TransactionType>))]
public enum TransactionType
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>debit</c>: raises what the subscriber owes (invoice, refund).</summary>
    Debit,

    /// <summary><c>credit</c>: lowers what the subscriber owes (payment, credit note).</summary>
    Credit,
}
