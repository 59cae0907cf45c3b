using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>How a reconciliation run matched a payment to an invoice.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ReconciliationMatchedBy>))]
public enum ReconciliationMatchedBy
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>reference</c>: the payment reference equals the invoice number.</summary>
    Reference,

    /// <summary><c>subscriber</c>: the payment's subscriber owes the invoice (oldest due first).</summary>
    Subscriber,
}
