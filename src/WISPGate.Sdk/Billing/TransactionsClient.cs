using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="ITransactionsClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class TransactionsClient(WispGateApi<ITransactionsApi> api) : ITransactionsClient
{
    public Task<Page<Transaction>> ListAsync(TransactionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Transaction> ListAllAsync(TransactionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);
}
