using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Identity;

/// <summary>
/// Identity, keys and environments: <c>GET /api/v1/me</c> and API key management (create, list, get, revoke, roll). Keys
/// span tenants, so they live in <see cref="Store.ApiKeyStore"/> rather than in a tenant; the pipeline's auth step
/// finds them by the hash of the presented token.
/// </summary>
internal sealed class IdentityModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .Map("getMe", MeHandlers.Get)
        .WithoutTenant("getMe")
        .Map("listApiKeys", ApiKeyHandlers.List)
        .Map("createApiKey", ApiKeyHandlers.Create)
        .Map("getApiKey", ApiKeyHandlers.Get)
        .Map("revokeApiKey", ApiKeyHandlers.Revoke)
        .Map("rollApiKey", ApiKeyHandlers.Roll);
}
