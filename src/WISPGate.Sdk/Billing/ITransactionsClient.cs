using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Transactions: the append-only ledger of each subscriber (debits raise what is owed, credits lower it). Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ITransactionsClient
{
    /// <summary>Lists one page of ledger transactions, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listTransactions", "GET", "/api/v1/transactions")]
    Task<Page<Transaction>> ListAsync(TransactionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All ledger transactions matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The ledger transactions, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listTransactions", "GET", "/api/v1/transactions")]
    IAsyncEnumerable<Transaction> ListAllAsync(TransactionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
