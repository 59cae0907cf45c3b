using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Payments: money received, applied to invoices, refunded, and reconciled against open invoices. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IPaymentsClient
{
    /// <summary>Lists one page of payments, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listPayments", "GET", "/api/v1/payments")]
    Task<Page<Payment>> ListAsync(PaymentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All payments matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The payments, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listPayments", "GET", "/api/v1/payments")]
    IAsyncEnumerable<Payment> ListAllAsync(PaymentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Records a payment, with explicit allocations or auto-applied to the oldest open invoices; what is left stays as credit.</summary>
    /// <param name="request">The payment.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recorded payment.</returns>
    [WispGateOperation("createPayment", "POST", "/api/v1/payments")]
    Task<WispGateResponse<Payment>> CreateAsync(CreatePaymentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a payment.</summary>
    /// <param name="id">The payment id (<c>pay_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payment.</returns>
    [WispGateOperation("getPayment", "GET", "/api/v1/payments/{id}")]
    Task<WispGateResponse<Payment>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Allocates a payment's unapplied amount to invoices.</summary>
    /// <param name="id">The payment id (<c>pay_…</c>).</param>
    /// <param name="request">The allocations, or auto-apply.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payment after the change.</returns>
    [WispGateOperation("applyPayment", "POST", "/api/v1/payments/{id}/apply")]
    Task<WispGateResponse<Payment>> ApplyAsync(string id, ApplyPaymentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Refunds a payment, all of it or <see cref="RefundPaymentRequest.Amount"/> (unapplied credit first, then the most recent allocations).</summary>
    /// <param name="id">The payment id (<c>pay_…</c>).</param>
    /// <param name="request">The amount and reason; everything not yet refunded when <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The refund.</returns>
    [WispGateOperation("refundPayment", "POST", "/api/v1/payments/{id}/refund")]
    Task<WispGateResponse<Refund>> RefundAsync(string id, RefundPaymentRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a reconciliation run (202): unapplied payments are matched to open invoices by reference, then by subscriber. Poll <see cref="IReconciliationRunsClient.GetAsync"/> for the result.</summary>
    /// <param name="request">Which payments to reconcile; all unapplied payments when <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued run.</returns>
    [WispGateOperation("reconcilePayments", "POST", "/api/v1/payments/reconcile")]
    Task<WispGateResponse<ReconciliationRun>> ReconcileAsync(ReconcilePaymentsRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
