using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The provisioning state of a service: what the network enforces. A service action changes it only when its
/// provisioning job is acked (see <see cref="Service.Transition"/>); a refused or failed job leaves it as it was.
/// </summary>
[JsonConverter(typeof(TolerantEnumConverter<ServiceStatus>))]
public enum ServiceStatus
{
    /// <summary>A state this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>pending</c>: ordered, not yet provisioned.</summary>
    Pending,

    /// <summary><c>active</c>: provisioned and passing traffic.</summary>
    Active,

    /// <summary><c>suspended</c>: provisioned but blocked.</summary>
    Suspended,

    /// <summary><c>terminated</c>: torn down; final.</summary>
    Terminated,
}
