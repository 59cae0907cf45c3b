using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="IPaymentsClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class PaymentsClient(WispGateApi<IPaymentsApi> api) : IPaymentsClient
{
    public Task<Page<Payment>> ListAsync(PaymentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Payment> ListAllAsync(PaymentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<Payment>> CreateAsync(CreatePaymentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Payment>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Payment>> ApplyAsync(string id, ApplyPaymentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Apply(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Refund>> RefundAsync(string id, RefundPaymentRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Refund(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ReconciliationRun>> ReconcileAsync(ReconcilePaymentsRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendAsync(requestOptions, (refit, call, ct) => refit.Reconcile(request ?? new(), call, ct), cancellationToken);
}
