using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk;

/// <summary>
/// The WISPGate v1 API, one interface per area (<c>client.Subscribers</c>, <c>client.Services</c>, …).
/// Immutable and safe to share; register it with <c>services.AddWispGate(…)</c> or build one with
/// <see cref="WispGateClient.Create"/>.
/// </summary>
public interface IWispGateClient
{
    /// <summary>Subscribers and their contacts, lifecycle and balance.</summary>
    ISubscribersClient Subscribers { get; }

    /// <summary>Subscribers' services (orders, address, price override).</summary>
    IServicesClient Services { get; }

    // Network & Provisioning, Automation & Support

    /// <summary>Service packages: speeds, caps, price and RADIUS attributes.</summary>
    IServicePackagesClient ServicePackages { get; }

    /// <summary>RADIUS accounting sessions, disconnect and change of authorization.</summary>
    ISessionsClient Sessions { get; }

    /// <summary>Provisioning jobs: the network work behind service and session actions.</summary>
    IProvisioningJobsClient ProvisioningJobs { get; }

    /// <summary>Provisioning hooks: your own network automation, called (signed) for the provisioning jobs of the actions it covers.</summary>
    IProvisioningHooksClient ProvisioningHooks { get; }

    /// <summary>CPE inventory.</summary>
    IDevicesClient Devices { get; }

    /// <summary>Package enforcement exports for traffic shapers (including the LibreQoS compatibility export).</summary>
    IEnforcementClient Enforcement { get; }

    /// <summary>Support tickets and their comments.</summary>
    ITicketsClient Tickets { get; }

    /// <summary>The event log (one event per state change).</summary>
    IEventsClient Events { get; }

    /// <summary>Webhook endpoints, their test ping and delivery log.</summary>
    IWebhookEndpointsClient WebhookEndpoints { get; }

    /// <summary>E-mail and SMS notifications to subscribers.</summary>
    INotificationsClient Notifications { get; }

    /// <summary>Workflows: automations that run actions (notify, wait, check, suspend, …) when an event happens.</summary>
    IWorkflowsClient Workflows { get; }

    /// <summary>Workflow runs: one per (workflow, event), with their steps; cancel a waiting one.</summary>
    IWorkflowRunsClient WorkflowRuns { get; }

    /// <summary>The built-in workflow templates (dunning, reactivation, …).</summary>
    IWorkflowTemplatesClient WorkflowTemplates { get; }
    // Billing & Payments
    /// <summary>Billing profiles: currency, billing day, payment terms and tax rate.</summary>
    IBillingProfilesClient BillingProfiles { get; }

    /// <summary>Subscriptions: recurring billing of services (cancel, invoice now).</summary>
    ISubscriptionsClient Subscriptions { get; }

    /// <summary>Invoices and their lifecycle (finalize, void, mark uncollectible).</summary>
    IInvoicesClient Invoices { get; }

    /// <summary>Payments: record, apply, refund and reconcile.</summary>
    IPaymentsClient Payments { get; }

    /// <summary>Reconciliation runs started by <see cref="IPaymentsClient.ReconcileAsync"/>.</summary>
    IReconciliationRunsClient ReconciliationRuns { get; }

    /// <summary>Credit notes against invoices (issue, void).</summary>
    ICreditNotesClient CreditNotes { get; }

    /// <summary>The subscribers' ledger.</summary>
    ITransactionsClient Transactions { get; }

    // Identity and API keys
    /// <summary>Who the configured token is (<c>GET /api/v1/me</c>): scopes, environment, tenants, rate-limit window.</summary>
    IIdentityClient Identity { get; }

    /// <summary>API keys: create one per integration, roll and revoke them (needs the <c>admin</c> scope).</summary>
    IApiKeysClient ApiKeys { get; }
}
