using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>How a payment was received.</summary>
[JsonConverter(typeof(TolerantEnumConverter<PaymentMethod>))]
public enum PaymentMethod
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>card</c>: a card payment.</summary>
    Card,

    /// <summary><c>ach</c>: an ACH debit or credit.</summary>
    Ach,

    /// <summary><c>cash</c>: cash.</summary>
    Cash,

    /// <summary><c>check</c>: a cheque.</summary>
    Check,

    /// <summary><c>bank_transfer</c>: a bank transfer.</summary>
    BankTransfer,
}
