using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The provisioning job routes as Refit sees them; <see cref="ProvisioningJobsClient"/> is the public face.</summary>
internal interface IProvisioningJobsApi
{
    [Get("/api/v1/provisioning-jobs")]
    Task<ListEnvelope<ProvisioningJob>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/provisioning-jobs/{id}")]
    Task<ApiEnvelope<ProvisioningJob>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
