using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The state of a payment: succeeded → partially_refunded → refunded as refunds accumulate.</summary>
[JsonConverter(typeof(TolerantEnumConverter<PaymentStatus>))]
public enum PaymentStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>succeeded</c>: received, nothing refunded.</summary>
    Succeeded,

    /// <summary><c>partially_refunded</c>: part of the amount was refunded.</summary>
    PartiallyRefunded,

    /// <summary><c>refunded</c>: the whole amount was refunded.</summary>
    Refunded,
}
