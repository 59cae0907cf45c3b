using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="ICreditNotesClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class CreditNotesClient(WispGateApi<ICreditNotesApi> api) : ICreditNotesClient
{
    public Task<Page<CreditNote>> ListAsync(CreditNoteListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<CreditNote> ListAllAsync(CreditNoteListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<CreditNote>> CreateAsync(CreateCreditNoteRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<CreditNote>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<CreditNote>> VoidAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Void(id, call, ct), cancellationToken);
    }
}
