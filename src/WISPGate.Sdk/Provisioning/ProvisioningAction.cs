using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>What a provisioning job does: service actions target a service (<c>svc_…</c>), session actions a session (<c>ses_…</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<ProvisioningAction>))]
public enum ProvisioningAction
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>activate_service</c>: issue AAA credentials and enable the service.</summary>
    ActivateService,

    /// <summary><c>suspend_service</c>: block the service.</summary>
    SuspendService,

    /// <summary><c>resume_service</c>: unblock a suspended service.</summary>
    ResumeService,

    /// <summary><c>terminate_service</c>: tear the service down.</summary>
    TerminateService,

    /// <summary><c>change_package</c>: enforce a new package.</summary>
    ChangePackage,

    /// <summary><c>disconnect_session</c>: send a Disconnect-Request for a session.</summary>
    DisconnectSession,

    /// <summary><c>coa_session</c>: send a CoA-Request for a session.</summary>
    CoaSession,
}
