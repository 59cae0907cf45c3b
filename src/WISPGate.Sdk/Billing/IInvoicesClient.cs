using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Invoices: draft → open (finalize) → paid, or void, or uncollectible; amounts in minor units. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IInvoicesClient
{
    /// <summary>Lists one page of invoices, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listInvoices", "GET", "/api/v1/invoices")]
    Task<Page<Invoice>> ListAsync(InvoiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All invoices matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The invoices, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listInvoices", "GET", "/api/v1/invoices")]
    IAsyncEnumerable<Invoice> ListAllAsync(InvoiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an invoice, as a draft or finalized at once (<see cref="CreateInvoiceRequest.Finalize"/>).</summary>
    /// <param name="request">The invoice lines and terms.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created invoice.</returns>
    [WispGateOperation("createInvoice", "POST", "/api/v1/invoices")]
    Task<WispGateResponse<Invoice>> CreateAsync(CreateInvoiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an invoice.</summary>
    /// <param name="id">The invoice id (<c>inv_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice.</returns>
    [WispGateOperation("getInvoice", "GET", "/api/v1/invoices/{id}")]
    Task<WispGateResponse<Invoice>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Finalizes a draft invoice (draft → open): it becomes owed and gets its due date.</summary>
    /// <param name="id">The invoice id (<c>inv_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice after the change.</returns>
    [WispGateOperation("finalizeInvoice", "POST", "/api/v1/invoices/{id}/finalize")]
    Task<WispGateResponse<Invoice>> FinalizeAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Voids a draft, or an open invoice without payments (→ void, final; 409 <c>invalid_state_transition</c> otherwise).</summary>
    /// <param name="id">The invoice id (<c>inv_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice after the change.</returns>
    [WispGateOperation("voidInvoice", "POST", "/api/v1/invoices/{id}/void")]
    Task<WispGateResponse<Invoice>> VoidAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Writes off an open invoice as unlikely to be paid (open → uncollectible; it stays payable).</summary>
    /// <param name="id">The invoice id (<c>inv_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice after the change.</returns>
    [WispGateOperation("markInvoiceUncollectible", "POST", "/api/v1/invoices/{id}/mark-uncollectible")]
    Task<WispGateResponse<Invoice>> MarkUncollectibleAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
