using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Identity;

/// <summary>
/// API keys: one per integration, with its own scopes and tenants, rolled and revoked without touching the others.
/// Managing keys needs the <see cref="ApiKeyScope.Admin"/> scope (else 403 <c>insufficient_scope</c>). The secret
/// <see cref="ApiKey.Token"/> is in the answers of <see cref="CreateAsync"/> and <see cref="RollAsync"/> only. Every
/// method takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IApiKeysClient
{
    /// <summary>Lists one page of API keys, newest first (without secrets).</summary>
    /// <param name="options">The page (limit, cursor) and creation-time filters.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listApiKeys", "GET", "/api/v1/api-keys")]
    Task<Page<ApiKey>> ListAsync(ApiKeyListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every API key, fetched page by page as you enumerate.</summary>
    /// <param name="options">Page size, filters and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The keys (without secrets).</returns>
    [WispGateOperation("listApiKeys", "GET", "/api/v1/api-keys")]
    IAsyncEnumerable<ApiKey> ListAllAsync(ApiKeyListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an API key that works at once with exactly its scopes and tenants. The answer is the only one that carries
    /// <see cref="ApiKey.Token"/>: store it.
    /// </summary>
    /// <param name="request">Name, scopes, tenants and optional expiry.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created key with its secret token.</returns>
    [WispGateOperation("createApiKey", "POST", "/api/v1/api-keys")]
    Task<WispGateResponse<ApiKey>> CreateAsync(CreateApiKeyRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an API key (without its secret).</summary>
    /// <param name="id">The key id (<c>key_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key.</returns>
    [WispGateOperation("getApiKey", "GET", "/api/v1/api-keys/{id}")]
    Task<WispGateResponse<ApiKey>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes an API key: the next request with it is 401 <c>token_revoked</c>.</summary>
    /// <param name="id">The key id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked key (<see cref="ApiKey.RevokedAt"/> set).</returns>
    [WispGateOperation("revokeApiKey", "POST", "/api/v1/api-keys/{id}/revoke")]
    Task<WispGateResponse<ApiKey>> RevokeAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rolls an API key: the answer is a NEW key with a new secret <see cref="ApiKey.Token"/>; the old key keeps working
    /// until its <see cref="ApiKey.ExpiresAt"/> (24 h by default, or <see cref="RollApiKeyRequest.ExpirePreviousInSeconds"/>),
    /// then answers 401 <c>token_expired</c>.
    /// </summary>
    /// <param name="id">The id of the key to replace.</param>
    /// <param name="request">How long the old key keeps working; <see langword="null"/> for the default.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key with its secret token.</returns>
    [WispGateOperation("rollApiKey", "POST", "/api/v1/api-keys/{id}/roll")]
    Task<WispGateResponse<ApiKey>> RollAsync(string id, RollApiKeyRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
