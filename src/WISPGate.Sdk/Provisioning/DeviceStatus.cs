using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The inventory state of a CPE: in_stock → assigned (bound to a service) → returned | faulty; returned → in_stock.</summary>
[JsonConverter(typeof(TolerantEnumConverter<DeviceStatus>))]
public enum DeviceStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>in_stock</c>: in the warehouse, free to bind.</summary>
    InStock,

    /// <summary><c>assigned</c>: bound to a service (set and cleared by binding).</summary>
    Assigned,

    /// <summary><c>returned</c>: back from a subscriber.</summary>
    Returned,

    /// <summary><c>faulty</c>: broken, not to be bound.</summary>
    Faulty,
}
