using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>How often a subscription invoices.</summary>
[JsonConverter(typeof(TolerantEnumConverter<SubscriptionInterval>))]
public enum SubscriptionInterval
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>monthly</c>: every month.</summary>
    Monthly,

    /// <summary><c>quarterly</c>: every three months.</summary>
    Quarterly,

    /// <summary><c>yearly</c>: every year.</summary>
    Yearly,
}
