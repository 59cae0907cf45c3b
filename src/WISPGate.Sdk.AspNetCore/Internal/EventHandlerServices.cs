using Microsoft.Extensions.DependencyInjection;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// Runs the <see cref="IWispGateEventHandler{TData}"/> services for an event's typed object. The models events carry
/// are a closed list (the SDK's table of event resources), so the dispatch is a plain type switch: no
/// <c>MakeGenericType</c>, trim and AOT safe.
/// </summary>
internal static class EventHandlerServices
{
    /// <summary>Runs every registered handler for <paramref name="webhookEvent"/>'s object; returns how many ran.</summary>
    public static Task<int> RunAsync(IServiceProvider services, Event webhookEvent, CancellationToken cancellationToken) =>
        webhookEvent.Data.Object switch
        {
            Subscriber data => RunAsync(services, webhookEvent, data, cancellationToken),
            Service data => RunAsync(services, webhookEvent, data, cancellationToken),
            Session data => RunAsync(services, webhookEvent, data, cancellationToken),
            ProvisioningJob data => RunAsync(services, webhookEvent, data, cancellationToken),
            Ticket data => RunAsync(services, webhookEvent, data, cancellationToken),
            Notification data => RunAsync(services, webhookEvent, data, cancellationToken),
            ServicePackage data => RunAsync(services, webhookEvent, data, cancellationToken),
            Device data => RunAsync(services, webhookEvent, data, cancellationToken),
            Invoice data => RunAsync(services, webhookEvent, data, cancellationToken),
            Payment data => RunAsync(services, webhookEvent, data, cancellationToken),
            CreditNote data => RunAsync(services, webhookEvent, data, cancellationToken),
            Subscription data => RunAsync(services, webhookEvent, data, cancellationToken),
            ReconciliationRun data => RunAsync(services, webhookEvent, data, cancellationToken),
            WorkflowRun data => RunAsync(services, webhookEvent, data, cancellationToken),
            ApiKey data => RunAsync(services, webhookEvent, data, cancellationToken),
            _ => Task.FromResult(0),
        };

    private static async Task<int> RunAsync<TData>(IServiceProvider services, Event webhookEvent, TData data, CancellationToken cancellationToken)
        where TData : class
    {
        var ran = 0;
        foreach (var handler in services.GetServices<IWispGateEventHandler<TData>>())
        {
            await handler.HandleAsync(webhookEvent, data, cancellationToken).ConfigureAwait(false);
            ran++;
        }

        return ran;
    }
}
