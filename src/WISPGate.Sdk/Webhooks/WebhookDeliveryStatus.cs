using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Webhooks;

/// <summary>The outcome of one delivery attempt: a 2xx answer within 10 s succeeds, anything else fails.</summary>
[JsonConverter(typeof(TolerantEnumConverter<WebhookDeliveryStatus>))]
public enum WebhookDeliveryStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>succeeded</c>: the receiver answered 2xx in time.</summary>
    Succeeded,

    /// <summary><c>failed</c>: timeout, connection error or a non-2xx answer.</summary>
    Failed,
}
