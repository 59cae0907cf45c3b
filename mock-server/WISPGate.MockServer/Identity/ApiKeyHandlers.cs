using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Identity;

/// <summary>
/// listApiKeys, createApiKey, getApiKey, revokeApiKey, rollApiKey (all need the <c>admin</c> scope, which the auth step
/// checks from the contract's security requirement). A key is visible from the tenants it may act for (404 from the
/// others). A new key gets only scopes and tenants the calling key has; its secret is answered once (and masked in
/// WireMock's request log) and only its hash is stored. Events <c>api_key.created|revoked|rolled</c> go to the request's
/// tenant, without the secret.
/// </summary>
internal static class ApiKeyHandlers
{
    private const long DefaultRollSeconds = 86_400;

    /// <summary>GET /api/v1/api-keys: the keys that may act for the request's tenant, newest first.</summary>
    public static ApiResult List(OperationContext context)
    {
        var keys = context.State.ApiKeys;
        var tenant = context.Tenant.Id;
        lock (keys.Gate)
        {
            return context.Page(keys.Keys, k => k.Tenants.Contains(tenant, StringComparer.Ordinal));
        }
    }

    /// <summary>POST /api/v1/api-keys: 201 with the secret, this once.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateApiKeyRequest>();
        var creator = context.Caller!.Key;
        if (request.Scopes.FirstOrDefault(s => !creator.Has(s)) is { } missingScope)
        {
            return ApiResult.Failure(403, ErrorCodes.InsufficientScope, $"This token cannot grant the '{missingScope}' scope: it does not have it itself.", "scopes");
        }

        var tenants = request.Tenants ?? [context.Tenant.Id];
        if (tenants.FirstOrDefault(t => !creator.Tenants.Contains(t, StringComparer.Ordinal) || !context.State.Tenants.ContainsKey(t)) is { } foreign)
        {
            return ApiResult.Failure(403, ErrorCodes.TenantForbidden, $"This token may not act for tenant '{foreign}', so it cannot give a key access to it.", "tenants");
        }

        if (request.ExpiresAt is { } expiresAt && expiresAt <= context.Now)
        {
            return ApiResult.Invalid("expires_at", "in_the_past", "expires_at must be in the future.");
        }

        var defaultTenant = tenants.Count == 1 ? tenants[0]
            : creator.DefaultTenant is { } own && tenants.Contains(own, StringComparer.Ordinal) ? own
            : null;
        var (key, token) = Issue(context, request.Name, request.Scopes.Distinct(StringComparer.Ordinal).ToList(), tenants, defaultTenant, request.ExpiresAt);
        context.RecordEvent("api_key.created", key);
        return ApiResult.Created(key with { Token = token }, $"/api/v1/api-keys/{key.Id}").ShowingSecret(token);
    }

    /// <summary>GET /api/v1/api-keys/{id} (no secret).</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(Require(context));

    /// <summary>POST /api/v1/api-keys/{id}/revoke: at once and for good (409 when already revoked).</summary>
    public static ApiResult Revoke(OperationContext context)
    {
        var keys = context.State.ApiKeys;
        ApiKey revoked;
        lock (keys.Gate)
        {
            var key = Require(context);
            if (key.RevokedAt is not null)
            {
                return Refused("revoked", "revoked");
            }

            revoked = keys.Keys.Replace(key with { RevokedAt = context.Now });
        }

        context.RecordEvent("api_key.revoked", revoked);
        return ApiResult.Ok(revoked);
    }

    /// <summary>
    /// POST /api/v1/api-keys/{id}/roll: a new key (same name, scopes and tenants; secret shown once) and the old one's
    /// <c>expires_at</c> set to now + <c>expire_previous_in_seconds</c> (default 24 h; an earlier expiry stays).
    /// </summary>
    public static ApiResult Roll(OperationContext context)
    {
        var seconds = (context.Request.ParsedBody is null ? null : context.ReadBody<RollApiKeyRequest>().ExpirePreviousInSeconds) ?? DefaultRollSeconds;
        var keys = context.State.ApiKeys;
        ApiKey replacement;
        string token;
        lock (keys.Gate)
        {
            var key = Require(context);
            if (key.RevokedAt is not null)
            {
                return Refused("revoked", "rolled");
            }

            if (key.ExpiresAt is { } expired && expired <= context.Now)
            {
                return Refused("expired", "rolled");
            }

            var until = context.Now.AddSeconds(seconds);
            keys.Keys.Replace(key with { ExpiresAt = key.ExpiresAt is { } earlier && earlier < until ? earlier : until });
            (replacement, token) = Issue(context, key.Name, key.Scopes, key.Tenants, key.DefaultTenant, expiresAt: null);
        }

        context.RecordEvent("api_key.rolled", replacement);
        return ApiResult.Ok(replacement with { Token = token }).ShowingSecret(token);
    }

    private static (ApiKey Key, string Token) Issue(OperationContext context, string name, IReadOnlyList<string> scopes, IReadOnlyList<string> tenants, string? defaultTenant, DateTimeOffset? expiresAt)
    {
        var token = ApiKeyStore.NewTestToken();
        var key = new ApiKey
        {
            Id = context.NewId("key"),
            Name = name,
            Prefix = ApiKey.PrefixOf(token),
            Scopes = scopes,
            Tenants = tenants,
            DefaultTenant = defaultTenant,
            Environment = ApiKey.TestEnvironment,
            TokenHash = ApiKeyStore.Hash(token),
            CreatedAt = context.Now,
            ExpiresAt = expiresAt,
        };
        var keys = context.State.ApiKeys;
        lock (keys.Gate)
        {
            keys.Keys.Add(key);
        }

        return (key, token);
    }

    // The key of the path, if it may act for the request's tenant; else 404.
    private static ApiKey Require(OperationContext context)
    {
        var keys = context.State.ApiKeys;
        lock (keys.Gate)
        {
            return keys.Keys.Find(context.Id) is { } key && key.Tenants.Contains(context.Tenant.Id, StringComparer.Ordinal)
                ? key
                : throw new ApiException(ApiResult.NotFound("API key", context.Id));
        }
    }

    private static ApiResult Refused(string state, string action) =>
        ApiResult.InvalidTransition("API key", state, action, "id");
}
