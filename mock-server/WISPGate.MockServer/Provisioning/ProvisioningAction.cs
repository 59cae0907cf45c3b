namespace WISPGate.MockServer.Provisioning;

/// <summary>What a provisioning job does. Service actions target a service, session actions a session.</summary>
internal enum ProvisioningAction
{
    /// <summary>Issue and enable the RADIUS account, open a session.</summary>
    ActivateService,

    /// <summary>Disable the account, disconnect the sessions.</summary>
    SuspendService,

    /// <summary>Enable the account again, open a session.</summary>
    ResumeService,

    /// <summary>Disconnect the sessions, remove the account.</summary>
    TerminateService,

    /// <summary>Push the new package's rates to active sessions (CoA).</summary>
    ChangePackage,

    /// <summary>RFC 5176 Disconnect-Request.</summary>
    DisconnectSession,

    /// <summary>RFC 5176 CoA-Request.</summary>
    CoaSession,
}
