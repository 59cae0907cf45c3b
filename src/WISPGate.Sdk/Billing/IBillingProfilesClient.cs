using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>
/// Billing profiles: the currency, billing day, payment terms and tax rate subscribers are billed under. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IBillingProfilesClient
{
    /// <summary>Lists one page of billing profiles, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listBillingProfiles", "GET", "/api/v1/billing-profiles")]
    Task<Page<BillingProfile>> ListAsync(BillingProfileListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All billing profiles matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The billing profiles, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listBillingProfiles", "GET", "/api/v1/billing-profiles")]
    IAsyncEnumerable<BillingProfile> ListAllAsync(BillingProfileListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a billing profile.</summary>
    /// <param name="request">The new profile.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created profile.</returns>
    [WispGateOperation("createBillingProfile", "POST", "/api/v1/billing-profiles")]
    Task<WispGateResponse<BillingProfile>> CreateAsync(CreateBillingProfileRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a billing profile.</summary>
    /// <param name="id">The billing profile id (<c>bp_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    [WispGateOperation("getBillingProfile", "GET", "/api/v1/billing-profiles/{id}")]
    Task<WispGateResponse<BillingProfile>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
