using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Network;

/// <summary>Network &amp; Provisioning. So far the service packages of the seed (services reference them); the handlers come with the network domain.</summary>
internal sealed class NetworkModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .SeedCollection<ServicePackage>("service_packages");
}
