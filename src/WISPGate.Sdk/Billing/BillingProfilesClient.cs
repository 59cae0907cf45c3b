using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="IBillingProfilesClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class BillingProfilesClient(WispGateApi<IBillingProfilesApi> api) : IBillingProfilesClient
{
    public Task<Page<BillingProfile>> ListAsync(BillingProfileListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<BillingProfile> ListAllAsync(BillingProfileListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<BillingProfile>> CreateAsync(CreateBillingProfileRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<BillingProfile>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }
}
