using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Provisioning hooks: your own network automation, called (signed) for every provisioning job whose action it covers
/// instead of the built-in network simulation. Verify the calls with <see cref="ProvisioningHookReceiver"/>. Every method
/// takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IProvisioningHooksClient
{
    /// <summary>Lists one page of provisioning hooks, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (without secrets).</returns>
    [WispGateOperation("listProvisioningHooks", "GET", "/api/v1/provisioning-hooks")]
    Task<Page<ProvisioningHook>> ListAsync(ProvisioningHookListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every provisioning hook matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The hooks (without secrets).</returns>
    [WispGateOperation("listProvisioningHooks", "GET", "/api/v1/provisioning-hooks")]
    IAsyncEnumerable<ProvisioningHook> ListAllAsync(ProvisioningHookListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers a provisioning hook. The response is the only one that carries <see cref="ProvisioningHook.Secret"/>: store it.
    /// Overlapping another enabled hook's actions → 409 <c>provisioning_hook_conflict</c>.
    /// </summary>
    /// <param name="request">The hook.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created hook with its signing secret.</returns>
    [WispGateOperation("createProvisioningHook", "POST", "/api/v1/provisioning-hooks")]
    Task<WispGateResponse<ProvisioningHook>> CreateAsync(CreateProvisioningHookRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a provisioning hook (without its secret).</summary>
    /// <param name="id">The hook id (<c>prh_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hook.</returns>
    [WispGateOperation("getProvisioningHook", "GET", "/api/v1/provisioning-hooks/{id}")]
    Task<WispGateResponse<ProvisioningHook>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a provisioning hook (merge patch: only the assigned properties are sent).</summary>
    /// <param name="id">The hook id (<c>prh_…</c>).</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated hook (without its secret).</returns>
    [WispGateOperation("updateProvisioningHook", "PATCH", "/api/v1/provisioning-hooks/{id}")]
    Task<WispGateResponse<ProvisioningHook>> UpdateAsync(string id, UpdateProvisioningHookRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a provisioning hook; its actions go back to the built-in network simulation.</summary>
    /// <param name="id">The hook id (<c>prh_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and request id of the call.</returns>
    [WispGateOperation("deleteProvisioningHook", "DELETE", "/api/v1/provisioning-hooks/{id}")]
    Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
