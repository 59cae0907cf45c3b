using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Identity;

/// <summary>
/// The rules for a presented API token, wherever it arrives (the <c>Authorization</c> header through the auth step, the
/// LibreQoS export's <c>api_token</c> form field): missing or unknown → 401 <c>unauthorized</c>; a live key
/// (<c>wgk_live_…</c>) on this test environment → 401 <c>wrong_environment</c>; revoked → 401 <c>token_revoked</c>; past
/// its <c>expires_at</c> on the server clock → 401 <c>token_expired</c>; without the scope → 403
/// <c>insufficient_scope</c>. The tenant: <c>X-Tenant-ID</c> or the key's default; one the key may not use → 403
/// <c>tenant_forbidden</c>; a multi-tenant key without a default must name one (400) unless the operation acts for no
/// tenant. Keys are found by the hash of the token; an accepted one has its <c>last_used_at</c> stamped.
/// </summary>
internal static class TokenAuthorizer
{
    /// <summary>Null when the caller may proceed (then <paramref name="caller"/> is set), else the refusal.</summary>
    public static ApiResult? Authorize(MockState state, string? presented, string? tenantHeader, string scope, DateTimeOffset now, bool tenantOptional, out ApiCaller? caller)
    {
        caller = null;
        if (presented is null)
        {
            return Unauthorized();
        }

        if (presented.StartsWith(ApiKey.LivePrefix, StringComparison.Ordinal))
        {
            return WrongEnvironment();
        }

        if (state.ApiKeys.FindByToken(presented) is not { } key)
        {
            return Unauthorized();
        }

        if (key.Environment != ApiKey.TestEnvironment)
        {
            return WrongEnvironment();
        }

        if (key.RevokedAt is not null)
        {
            return ApiResult.Failure(401, ErrorCodes.TokenRevoked, $"This API key ({key.Id}) was revoked; use another key.");
        }

        if (key.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            return ApiResult.Failure(401, ErrorCodes.TokenExpired, $"This API key ({key.Id}) expired at {WireJson.Timestamp(expiresAt)}; use the key that replaced it.");
        }

        if (!key.Has(scope))
        {
            return ApiResult.Failure(403, ErrorCodes.InsufficientScope, $"This token lacks the '{scope}' scope.");
        }

        var tenantId = tenantHeader is { Length: > 0 } named ? named : key.DefaultTenant;
        if (tenantId is null && !tenantOptional)
        {
            return ApiResult.Failure(400, ErrorCodes.MissingRequiredField, $"This token acts for several tenants: name one in {WireHeaders.TenantId}.", WireHeaders.TenantId);
        }

        if (tenantId is not null && (!key.Tenants.Contains(tenantId, StringComparer.Ordinal) || !state.Tenants.ContainsKey(tenantId)))
        {
            return ApiResult.Failure(403, ErrorCodes.TenantForbidden, $"This token may not act for tenant '{tenantId}'.", WireHeaders.TenantId);
        }

        state.ApiKeys.Touch(key.Id, now);
        caller = new ApiCaller(key, tenantId);
        return null;
    }

    private static ApiResult Unauthorized() =>
        ApiResult.Failure(401, ErrorCodes.Unauthorized, "A valid API token is required: send Authorization: Bearer <api_token>.");

    private static ApiResult WrongEnvironment() =>
        ApiResult.Failure(
            401,
            ErrorCodes.WrongEnvironment,
            "This is a live key (wgk_live_…), but this server is a test environment (the WISPGate mock server): use a wgk_test_… key here, and the live key only against the live base URL.");
}
