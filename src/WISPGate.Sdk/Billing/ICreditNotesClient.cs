using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Credit notes: credits against an invoice that lower its amount due (issued → void). Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ICreditNotesClient
{
    /// <summary>Lists one page of credit notes, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listCreditNotes", "GET", "/api/v1/credit-notes")]
    Task<Page<CreditNote>> ListAsync(CreditNoteListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All credit notes matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The credit notes, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listCreditNotes", "GET", "/api/v1/credit-notes")]
    IAsyncEnumerable<CreditNote> ListAllAsync(CreditNoteListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Issues a credit note against an invoice; the invoice becomes paid when its amount due reaches 0.</summary>
    /// <param name="request">The invoice, amount and reason.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issued credit note.</returns>
    [WispGateOperation("createCreditNote", "POST", "/api/v1/credit-notes")]
    Task<WispGateResponse<CreditNote>> CreateAsync(CreateCreditNoteRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a credit note.</summary>
    /// <param name="id">The credit note id (<c>cn_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credit note.</returns>
    [WispGateOperation("getCreditNote", "GET", "/api/v1/credit-notes/{id}")]
    Task<WispGateResponse<CreditNote>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Voids a credit note (issued → void, final): the credit is taken back from its invoice.</summary>
    /// <param name="id">The credit note id (<c>cn_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credit note after the change.</returns>
    [WispGateOperation("voidCreditNote", "POST", "/api/v1/credit-notes/{id}/void")]
    Task<WispGateResponse<CreditNote>> VoidAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
