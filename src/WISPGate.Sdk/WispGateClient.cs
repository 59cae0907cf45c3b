using Microsoft.Extensions.DependencyInjection;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk;

/// <summary>
/// The WISPGate client. In an application with a container, register it with
/// <c>services.AddWispGate(…)</c> and inject <see cref="IWispGateClient"/>; without one, call
/// <see cref="Create"/>, which builds the same registration privately, and dispose the client.
/// </summary>
public sealed class WispGateClient : IWispGateClient, IDisposable
{
    private readonly ServiceProvider? _ownedServices;

    internal WispGateClient(WispGateConnection connection, ServiceProvider? ownedServices)
    {
        Connection = connection;
        _ownedServices = ownedServices;
        Subscribers = new SubscribersClient(connection.Api<ISubscribersApi>());
        Services = new ServicesClient(connection.Api<IServicesApi>());

        // Network & Provisioning, Automation & Support
        ServicePackages = new ServicePackagesClient(connection.Api<IServicePackagesApi>());
        Sessions = new SessionsClient(connection.Api<ISessionsApi>());
        ProvisioningJobs = new ProvisioningJobsClient(connection.Api<IProvisioningJobsApi>());
        Devices = new DevicesClient(connection.Api<IDevicesApi>());
        Enforcement = new EnforcementClient(connection.Api<IEnforcementApi>());
        Tickets = new TicketsClient(connection.Api<ITicketsApi>());
        Events = new EventsClient(connection.Api<IEventsApi>());
        WebhookEndpoints = new WebhookEndpointsClient(connection.Api<IWebhookEndpointsApi>());
        Notifications = new NotificationsClient(connection.Api<INotificationsApi>());
        // Billing & Payments
        BillingProfiles = new BillingProfilesClient(connection.Api<IBillingProfilesApi>());
        Subscriptions = new SubscriptionsClient(connection.Api<ISubscriptionsApi>());
        Invoices = new InvoicesClient(connection.Api<IInvoicesApi>());
        Payments = new PaymentsClient(connection.Api<IPaymentsApi>());
        ReconciliationRuns = new ReconciliationRunsClient(connection.Api<IReconciliationRunsApi>());
        CreditNotes = new CreditNotesClient(connection.Api<ICreditNotesApi>());
        Transactions = new TransactionsClient(connection.Api<ITransactionsApi>());
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

    internal WispGateConnection Connection { get; }

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
            return new WispGateClient(provider.GetRequiredService<WispGateConnection>(), provider);
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
