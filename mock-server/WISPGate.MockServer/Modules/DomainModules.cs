using WISPGate.MockServer.Automation;
using WISPGate.MockServer.Billing;
using WISPGate.MockServer.Gateway;
using WISPGate.MockServer.Identity;
using WISPGate.MockServer.Provisioning;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Support;
using WISPGate.MockServer.Webhooks;

namespace WISPGate.MockServer.Modules;

/// <summary>The domain modules of the server. A new domain adds its module here — and nothing else in the plumbing.</summary>
internal static class DomainModules
{
    /// <summary>Fresh module instances for one server.</summary>
    public static IReadOnlyList<IDomainModule> Create() =>
    [
        new GatewayModule(),
        new IdentityModule(),
        new SubscribersModule(),
        new BillingModule(),
        new ProvisioningModule(),
        new SupportModule(),
        new WebhooksModule(),
        new AutomationModule(),
    ];
}
