using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Webhooks;

/// <summary>
/// Webhook endpoints: where WISPGate POSTs signed events, with a test ping and the delivery log. Verify
/// deliveries with <see cref="WebhookSignatureVerifier"/>. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IWebhookEndpointsClient
{
    /// <summary>Lists one page of webhook endpoints, newest first.</summary>
    /// <param name="options">The page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (without secrets).</returns>
    [WispGateOperation("listWebhookEndpoints", "GET", "/api/v1/webhook-endpoints")]
    Task<Page<WebhookEndpoint>> ListAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every webhook endpoint, fetched page by page as you enumerate.</summary>
    /// <param name="options">Page size and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The endpoints (without secrets).</returns>
    [WispGateOperation("listWebhookEndpoints", "GET", "/api/v1/webhook-endpoints")]
    IAsyncEnumerable<WebhookEndpoint> ListAllAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Registers a webhook endpoint. The response is the only one that carries <see cref="WebhookEndpoint.Secret"/>: store it.</summary>
    /// <param name="request">The endpoint.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created endpoint with its signing secret.</returns>
    [WispGateOperation("createWebhookEndpoint", "POST", "/api/v1/webhook-endpoints")]
    Task<WispGateResponse<WebhookEndpoint>> CreateAsync(CreateWebhookEndpointRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a webhook endpoint (without its secret).</summary>
    /// <param name="id">The endpoint id (<c>whe_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint.</returns>
    [WispGateOperation("getWebhookEndpoint", "GET", "/api/v1/webhook-endpoints/{id}")]
    Task<WispGateResponse<WebhookEndpoint>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a webhook endpoint (merge patch: url, description, events, enabled); a disabled endpoint gets no deliveries.</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="request">The properties to change.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint (without its secret).</returns>
    [WispGateOperation("updateWebhookEndpoint", "PATCH", "/api/v1/webhook-endpoints/{id}")]
    Task<WispGateResponse<WebhookEndpoint>> UpdateAsync(string id, UpdateWebhookEndpointRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the endpoint a new signing secret. Until <see cref="WebhookEndpoint.PreviousSecretExpiresAt"/> (24 h by
    /// default) deliveries carry two <c>v1=</c> signatures, one per secret, so the receiver can switch at its own pace:
    /// <see cref="WebhookSignatureVerifier"/> accepts a delivery with either secret meanwhile.
    /// </summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="request">How long the previous secret keeps signing; <see langword="null"/> for the default.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint with its new <see cref="WebhookEndpoint.Secret"/> (shown only here: store it).</returns>
    [WispGateOperation("rotateWebhookEndpointSecret", "POST", "/api/v1/webhook-endpoints/{id}/rotate-secret")]
    Task<WispGateResponse<WebhookEndpoint>> RotateSecretAsync(string id, RotateWebhookSecretRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook endpoint; no more events are delivered to it.</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and request id of the call.</returns>
    [WispGateOperation("deleteWebhookEndpoint", "DELETE", "/api/v1/webhook-endpoints/{id}")]
    Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a signed <c>ping</c> event to the endpoint now.</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The delivery attempt, with the receiver's answer.</returns>
    [WispGateOperation("testWebhookEndpoint", "POST", "/api/v1/webhook-endpoints/{id}/test")]
    Task<WispGateResponse<WebhookDelivery>> TestAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of an endpoint's delivery attempts, newest first.</summary>
    /// <param name="endpointId">The endpoint id.</param>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listWebhookDeliveries", "GET", "/api/v1/webhook-endpoints/{id}/deliveries")]
    Task<Page<WebhookDelivery>> ListDeliveriesAsync(string endpointId, WebhookDeliveryListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every delivery attempt of an endpoint matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="endpointId">The endpoint id.</param>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The delivery attempts.</returns>
    [WispGateOperation("listWebhookDeliveries", "GET", "/api/v1/webhook-endpoints/{id}/deliveries")]
    IAsyncEnumerable<WebhookDelivery> ListAllDeliveriesAsync(string endpointId, WebhookDeliveryListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Delivers the event of a delivery attempt again now, as a new attempt.</summary>
    /// <param name="deliveryId">The delivery id (<c>whd_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new delivery attempt, with the receiver's answer.</returns>
    [WispGateOperation("retryWebhookDelivery", "POST", "/api/v1/webhook-deliveries/{id}/retry")]
    Task<WispGateResponse<WebhookDelivery>> RetryDeliveryAsync(string deliveryId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
