using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Subscriptions: recurring billing of a service, one invoice per period (active → cancelled). Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ISubscriptionsClient
{
    /// <summary>Lists one page of subscriptions, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listSubscriptions", "GET", "/api/v1/subscriptions")]
    Task<Page<Subscription>> ListAsync(SubscriptionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All subscriptions matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The subscriptions, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listSubscriptions", "GET", "/api/v1/subscriptions")]
    IAsyncEnumerable<Subscription> ListAllAsync(SubscriptionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts billing a subscriber's service every period.</summary>
    /// <param name="request">The subscription.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created subscription.</returns>
    [WispGateOperation("createSubscription", "POST", "/api/v1/subscriptions")]
    Task<WispGateResponse<Subscription>> CreateAsync(CreateSubscriptionRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a subscription.</summary>
    /// <param name="id">The subscription id (<c>sbn_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    [WispGateOperation("getSubscription", "GET", "/api/v1/subscriptions/{id}")]
    Task<WispGateResponse<Subscription>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a subscription (active → cancelled, final; 409 when already cancelled): no further invoices.</summary>
    /// <param name="id">The subscription id (<c>sbn_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription after the change.</returns>
    [WispGateOperation("cancelSubscription", "POST", "/api/v1/subscriptions/{id}/cancel")]
    Task<WispGateResponse<Subscription>> CancelAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Issues the invoice of the current period now instead of on the billing day.</summary>
    /// <param name="id">The subscription id (<c>sbn_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new invoice.</returns>
    [WispGateOperation("invoiceSubscriptionNow", "POST", "/api/v1/subscriptions/{id}/invoice-now")]
    Task<WispGateResponse<Invoice>> InvoiceNowAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
