using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// What WISPGate POSTs to a provisioning hook: the job, and what the network needs to carry it out. Read it with
/// <see cref="ProvisioningHookReceiver.ConstructCall(string, string?)"/>, which checks the signature first. Each
/// attempt carries the job as it is then (<see cref="ProvisioningJob.Attempts"/> counts the call); calls may repeat:
/// de-duplicate by the job's id.
/// </summary>
public sealed record ProvisioningHookCall
{
    /// <summary>The job, <c>sent</c>, with <see cref="ProvisioningJob.Attempts"/> counting this call.</summary>
    public required ProvisioningJob Job { get; init; }

    /// <summary>
    /// Service actions: the service as it is now — for activate, suspend, resume and terminate still in its previous
    /// status, with <see cref="Subscribers.Service.Transition"/> naming this job (the status changes when you ack it);
    /// for a package change already on its new package. Otherwise <see langword="null"/>.
    /// </summary>
    public Service? Service { get; init; }

    /// <summary>Session actions (<c>disconnect_session</c>, <c>coa_session</c>): the session acted on; otherwise <see langword="null"/>.</summary>
    public Session? Session { get; init; }

    /// <summary>
    /// Service actions: the service's RADIUS account as the job leaves it (username, framed IP, MAC binding, reply
    /// attributes of the package); <see cref="AaaAccount.Enabled"/> is false for suspend and terminate.
    /// </summary>
    public AaaAccount? Aaa { get; init; }

    /// <summary><c>coa_session</c>: the attributes the CoA-Request sets (name → value); otherwise <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
