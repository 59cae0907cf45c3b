namespace WISPGate.MockServer.Provisioning;

/// <summary>The body POSTed to a provisioning hook: the job and what the network needs to carry it out.</summary>
/// <param name="Job">The job, <c>sent</c>, its attempts counting this call.</param>
/// <param name="Service">Service actions: the service (already in its new status or on its new package).</param>
/// <param name="Session">Session actions: the session acted on.</param>
/// <param name="Aaa">Service actions: the RADIUS account as the job leaves it.</param>
/// <param name="Attributes">coa_session: the attributes the CoA sets.</param>
internal sealed record ProvisioningHookCall(
    ProvisioningJob Job,
    Subscribers.Service? Service,
    Session? Session,
    AaaAccount? Aaa,
    IReadOnlyDictionary<string, string>? Attributes);
