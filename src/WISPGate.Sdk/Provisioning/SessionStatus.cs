using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The state of a RADIUS accounting session.</summary>
[JsonConverter(typeof(TolerantEnumConverter<SessionStatus>))]
public enum SessionStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>active</c>: the session is up.</summary>
    Active,

    /// <summary><c>closed</c>: the session ended (see <see cref="Session.TerminateCause"/>).</summary>
    Closed,
}
