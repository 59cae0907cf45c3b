namespace WISPGate.MockServer.Store;

/// <summary>
/// Background work a change asks for (a provisioning hook call of a new job), announced once the change completed and
/// the tenant's lock is released — like a recorded event, but not part of the event log.
/// </summary>
/// <param name="State">The state the change happened in (a reset replaces it; work for an old state is dropped).</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="Kind">What to do (the observer's key, e.g. <c>provisioning_hook_call</c>).</param>
/// <param name="Id">What to do it for (e.g. the job id).</param>
internal sealed record WorkRequest(MockState State, TenantData Tenant, string Kind, string Id);
