using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// Subscribers: the customer records, their lifecycle (prospect → active ⇄ suspended → cancelled),
/// contacts and balance. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ISubscribersClient
{
    /// <summary>Lists one page of subscribers, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listSubscribers", "GET", "/api/v1/subscribers")]
    Task<Page<Subscriber>> ListAsync(SubscriberListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every subscriber matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The subscribers, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listSubscribers", "GET", "/api/v1/subscribers")]
    IAsyncEnumerable<Subscriber> ListAllAsync(SubscriberListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a subscriber (409 <c>duplicate_subscriber</c> when the external id exists).</summary>
    /// <param name="request">The new subscriber.</param>
    /// <param name="requestOptions">Per-call settings (e.g. your own idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created subscriber.</returns>
    [WispGateOperation("createSubscriber", "POST", "/api/v1/subscribers")]
    Task<WispGateResponse<Subscriber>> CreateAsync(CreateSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports subscribers in bulk, matched on their external id: each row is validated exactly like
    /// <see cref="CreateAsync"/> and a bad row fails alone. Takes any number of rows and sends them in batches of at most
    /// <see cref="ImportSubscribersRequest.MaxRowsPerCall"/>, one call each, each with its own idempotency key derived
    /// from the call's key (<see cref="RequestOptions.IdempotencyKey"/>, or a new one): repeating the import with the
    /// same key replays the batches that ran instead of running them twice. Batches run one after the other; a failing
    /// batch (a 4xx/5xx for the call as a whole) throws and the later ones are not sent.
    /// </summary>
    /// <param name="request">The mode and the rows (any number).</param>
    /// <param name="requestOptions">Per-call settings; its idempotency key is the base of every batch's key.</param>
    /// <param name="cancellationToken">Cancels the import between or during batches.</param>
    /// <returns>
    /// One result per row with its index in <see cref="ImportSubscribersRequest.Subscribers"/>, and the summed totals; the
    /// response information (status, request id, idempotency key, rate limit) is the last batch's.
    /// </returns>
    [WispGateOperation("importSubscribers", "POST", "/api/v1/subscribers/import")]
    Task<WispGateResponse<SubscriberImport>> ImportAsync(ImportSubscribersRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a subscriber.</summary>
    /// <param name="id">The subscriber id (<c>sub_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriber.</returns>
    [WispGateOperation("getSubscriber", "GET", "/api/v1/subscribers/{id}")]
    Task<WispGateResponse<Subscriber>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a subscriber's details; only the properties set in <paramref name="request"/> change.</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated subscriber.</returns>
    [WispGateOperation("updateSubscriber", "PATCH", "/api/v1/subscribers/{id}")]
    Task<WispGateResponse<Subscriber>> UpdateAsync(string id, UpdateSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a prospect without billing history (409 otherwise).</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and request id of the call.</returns>
    [WispGateOperation("deleteSubscriber", "DELETE", "/api/v1/subscribers/{id}")]
    Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Activates a prospect (prospect → active).</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriber after the change.</returns>
    [WispGateOperation("activateSubscriber", "POST", "/api/v1/subscribers/{id}/activate")]
    Task<WispGateResponse<Subscriber>> ActivateAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Suspends an active subscriber (active → suspended).</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="request">Why.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriber after the change.</returns>
    [WispGateOperation("suspendSubscriber", "POST", "/api/v1/subscribers/{id}/suspend")]
    Task<WispGateResponse<Subscriber>> SuspendAsync(string id, SuspendSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Reactivates a suspended subscriber (suspended → active).</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriber after the change.</returns>
    [WispGateOperation("reactivateSubscriber", "POST", "/api/v1/subscribers/{id}/reactivate")]
    Task<WispGateResponse<Subscriber>> ReactivateAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a subscriber (→ cancelled, final).</summary>
    /// <param name="id">The subscriber id.</param>
    /// <param name="request">Why (optional).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscriber after the change.</returns>
    [WispGateOperation("cancelSubscriber", "POST", "/api/v1/subscribers/{id}/cancel")]
    Task<WispGateResponse<Subscriber>> CancelAsync(string id, CancelSubscriberRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a subscriber's contacts.</summary>
    /// <param name="subscriberId">The subscriber id.</param>
    /// <param name="options">The page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listSubscriberContacts", "GET", "/api/v1/subscribers/{id}/contacts")]
    Task<Page<Contact>> ListContactsAsync(string subscriberId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every contact of a subscriber, fetched page by page as you enumerate.</summary>
    /// <param name="subscriberId">The subscriber id.</param>
    /// <param name="options">Page size and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The contacts.</returns>
    [WispGateOperation("listSubscriberContacts", "GET", "/api/v1/subscribers/{id}/contacts")]
    IAsyncEnumerable<Contact> ListAllContactsAsync(string subscriberId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a contact to a subscriber.</summary>
    /// <param name="subscriberId">The subscriber id.</param>
    /// <param name="request">The contact.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created contact.</returns>
    [WispGateOperation("createSubscriberContact", "POST", "/api/v1/subscribers/{id}/contacts")]
    Task<WispGateResponse<Contact>> AddContactAsync(string subscriberId, CreateContactRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a contact from a subscriber.</summary>
    /// <param name="subscriberId">The subscriber id.</param>
    /// <param name="contactId">The contact id (<c>con_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and request id of the call.</returns>
    [WispGateOperation("deleteSubscriberContact", "DELETE", "/api/v1/subscribers/{id}/contacts/{contact_id}")]
    Task<WispGateResponse> RemoveContactAsync(string subscriberId, string contactId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a subscriber's balance, credit and outstanding amounts.</summary>
    /// <param name="subscriberId">The subscriber id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    [WispGateOperation("getSubscriberBalance", "GET", "/api/v1/subscribers/{id}/balance")]
    Task<WispGateResponse<SubscriberBalance>> GetBalanceAsync(string subscriberId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
