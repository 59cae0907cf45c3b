using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Webhooks;

/// <summary>Maps <see cref="IWebhookEndpointsClient"/> onto the Refit routes.</summary>
internal sealed class WebhookEndpointsClient(WispGateApi<IWebhookEndpointsApi> api) : IWebhookEndpointsClient
{
    public Task<Page<WebhookEndpoint>> ListAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<WebhookEndpoint> ListAllAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<WebhookEndpoint>> CreateAsync(CreateWebhookEndpointRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<WebhookEndpoint>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendWithoutDataAsync(requestOptions, (refit, call, ct) => refit.Delete(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<WebhookDelivery>> TestAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Test(id, call, ct), cancellationToken);
    }

    public Task<Page<WebhookDelivery>> ListDeliveriesAsync(string endpointId, WebhookDeliveryListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        return api.SendPageAsync(requestOptions, (refit, call, ct) => refit.ListDeliveries(endpointId, (options ?? new()).ToQuery(), call, ct), cancellationToken);
    }

    public IAsyncEnumerable<WebhookDelivery> ListAllDeliveriesAsync(string endpointId, WebhookDeliveryListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        return Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListDeliveriesAsync(endpointId, (options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);
    }
}
