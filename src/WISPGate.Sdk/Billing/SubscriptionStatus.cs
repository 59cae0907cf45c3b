using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The state of a subscription: active → cancelled (final).</summary>
[JsonConverter(typeof(TolerantEnumConverter<SubscriptionStatus>))]
public enum SubscriptionStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>active</c>: invoicing every period.</summary>
    Active,

    /// <summary><c>cancelled</c>: no further invoices; final.</summary>
    Cancelled,
}
