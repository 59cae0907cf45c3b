using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Billing;

/// <summary>Billing &amp; Payments. So far the billing profiles of the seed (subscribers reference them); the handlers come with the billing domain.</summary>
internal sealed class BillingModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .SeedCollection<BillingProfile>("billing_profiles");
}
