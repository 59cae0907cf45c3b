using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="IInvoicesClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class InvoicesClient(WispGateApi<IInvoicesApi> api) : IInvoicesClient
{
    public Task<Page<Invoice>> ListAsync(InvoiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Invoice> ListAllAsync(InvoiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<Invoice>> CreateAsync(CreateInvoiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Invoice>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Invoice>> FinalizeAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Finalize(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Invoice>> VoidAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Void(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Invoice>> MarkUncollectibleAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.MarkUncollectible(id, call, ct), cancellationToken);
    }
}
