using Microsoft.Extensions.DependencyInjection;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk;

/// <summary>
/// The WISPGate client. In an application with a container, register it with
/// <c>services.AddWispGate(…)</c> and inject <see cref="IWispGateClient"/>; without one, call
/// <see cref="Create"/>, which builds the same registration privately, and dispose the client.
/// </summary>
public sealed class WispGateClient : IWispGateClient, IDisposable
{
    private readonly ServiceProvider? _ownedServices;

    internal WispGateClient(ApiConnection connection, ServiceProvider? ownedServices)
    {
        _ownedServices = ownedServices;
        Subscribers = new SubscribersClient(connection);
        Services = new ServicesClient(connection);

        // Network & Provisioning, Automation & Support
        ServicePackages = new ServicePackagesClient(connection);
        Sessions = new SessionsClient(connection);
        ProvisioningJobs = new ProvisioningJobsClient(connection);
        ProvisioningHooks = new ProvisioningHooksClient(connection);
        Devices = new DevicesClient(connection);
        Enforcement = new EnforcementClient(connection);
        Tickets = new TicketsClient(connection);
        Events = new EventsClient(connection);
        WebhookEndpoints = new WebhookEndpointsClient(connection);
        Notifications = new NotificationsClient(connection);
        Workflows = new WorkflowsClient(connection);
        WorkflowRuns = new WorkflowRunsClient(connection);
        WorkflowTemplates = new WorkflowTemplatesClient(connection);
        // Billing & Payments
        BillingProfiles = new BillingProfilesClient(connection);
        Subscriptions = new SubscriptionsClient(connection);
        Invoices = new InvoicesClient(connection);
        Payments = new PaymentsClient(connection);
        ReconciliationRuns = new ReconciliationRunsClient(connection);
        CreditNotes = new CreditNotesClient(connection);
        Transactions = new TransactionsClient(connection);
        // Identity and API keys
        Identity = new IdentityClient(connection);
        ApiKeys = new ApiKeysClient(connection);
    }

    /// <inheritdoc />
    public ISubscribersClient Subscribers { get; }

    /// <inheritdoc />
    public IServicesClient Services { get; }

    // Network & Provisioning, Automation & Support

    /// <inheritdoc />
    public IServicePackagesClient ServicePackages { get; }

    /// <inheritdoc />
    public ISessionsClient Sessions { get; }

    /// <inheritdoc />
    public IProvisioningJobsClient ProvisioningJobs { get; }

    /// <inheritdoc />
    public IProvisioningHooksClient ProvisioningHooks { get; }

    /// <inheritdoc />
    public IDevicesClient Devices { get; }

    /// <inheritdoc />
    public IEnforcementClient Enforcement { get; }

    /// <inheritdoc />
    public ITicketsClient Tickets { get; }

    /// <inheritdoc />
    public IEventsClient Events { get; }

    /// <inheritdoc />
    public IWebhookEndpointsClient WebhookEndpoints { get; }

    /// <inheritdoc />
    public INotificationsClient Notifications { get; }

    /// <inheritdoc />
    public IWorkflowsClient Workflows { get; }

    /// <inheritdoc />
    public IWorkflowRunsClient WorkflowRuns { get; }

    /// <inheritdoc />
    public IWorkflowTemplatesClient WorkflowTemplates { get; }
    // Billing & Payments

    /// <inheritdoc />
    public IBillingProfilesClient BillingProfiles { get; }

    /// <inheritdoc />
    public ISubscriptionsClient Subscriptions { get; }

    /// <inheritdoc />
    public IInvoicesClient Invoices { get; }

    /// <inheritdoc />
    public IPaymentsClient Payments { get; }

    /// <inheritdoc />
    public IReconciliationRunsClient ReconciliationRuns { get; }

    /// <inheritdoc />
    public ICreditNotesClient CreditNotes { get; }

    /// <inheritdoc />
    public ITransactionsClient Transactions { get; }

    // Identity and API keys
    /// <inheritdoc />
    public IIdentityClient Identity { get; }

    /// <inheritdoc />
    public IApiKeysClient ApiKeys { get; }

    /// <summary>
    /// Builds a client without a container: the same handlers and resilience pipeline as
    /// <c>services.AddWispGate(…)</c>, in a private service provider the client disposes.
    /// </summary>
    /// <param name="options">The options; they are copied, later changes have no effect.</param>
    /// <returns>A client; dispose it when done.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names each bad option.</exception>
    public static WispGateClient Create(WispGateClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddWispGate(options.CopyTo);
        var provider = services.BuildServiceProvider();
        try
        {
            return new WispGateClient(provider.GetRequiredService<ApiConnection>(), provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the private service provider of a client made by <see cref="Create"/>; a no-op for a container's client.</summary>
    public void Dispose() => _ownedServices?.Dispose();
}
