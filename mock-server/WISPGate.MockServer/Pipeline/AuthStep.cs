using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Bearer token and tenant selection. The token: missing or unknown → 401 <c>unauthorized</c>; a live key
/// (<c>wgk_live_…</c>) on this test environment → 401 <c>wrong_environment</c>; revoked → 401 <c>token_revoked</c>;
/// past its <c>expires_at</c> on the server clock → 401 <c>token_expired</c>; without the scope the operation needs
/// (its security requirement's role, else <c>write</c> for changes and <c>read</c> for GETs) → 403
/// <c>insufficient_scope</c>. The tenant: <c>X-Tenant-ID</c> or the key's default tenant; a tenant the key may not use →
/// 403 <c>tenant_forbidden</c>; a multi-tenant key without a default must name one (400) — except for operations that
/// act for no tenant (<see cref="Modules.DomainRegistry.WithoutTenant"/>). Keys are found by the hash of the token (one lookup);
/// a successful request stamps the key's <c>last_used_at</c>. Operations the contract marks public
/// (<c>security: []</c>) skip all of it.
/// </summary>
internal sealed class AuthStep : IPipelineStep
{
    /// <summary>The tenant header.</summary>
    public const string TenantHeader = "X-Tenant-ID";

    private readonly MockStore _store;
    private readonly TimeProvider _clock;
    private readonly IReadOnlySet<string> _tenantOptional;

    /// <summary>Creates the step.</summary>
    public AuthStep(MockStore store, TimeProvider clock, IReadOnlySet<string> tenantOptional)
    {
        _store = store;
        _clock = clock;
        _tenantOptional = tenantOptional;
    }

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var operation = request.Operation!;
        if (!operation.RequiresAuth)
        {
            return next();
        }

        var failure = Authorize(
            _store.Current,
            BearerToken.Parse(request.Header("Authorization")),
            request.Header(TenantHeader),
            operation.Scope,
            _clock.GetUtcNow(),
            _tenantOptional.Contains(operation.OperationId),
            out var caller);
        if (failure is not null)
        {
            if (failure.Status == 401)
            {
                failure.Headers["WWW-Authenticate"] = "Bearer";
            }

            return ValueTask.FromResult(failure);
        }

        request.Caller = caller;
        return next();
    }

    /// <summary>
    /// The rules for a presented token (also used by operations that take the token elsewhere, like the LibreQoS
    /// export's form field). Null when the caller may proceed.
    /// </summary>
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
            return ApiResult.Failure(401, ErrorCodes.TokenExpired, $"This API key ({key.Id}) expired at {expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}; use the key that replaced it.");
        }

        if (!key.Has(scope))
        {
            return ApiResult.Failure(403, ErrorCodes.InsufficientScope, $"This token lacks the '{scope}' scope.");
        }

        var tenantId = tenantHeader is { Length: > 0 } named ? named : key.DefaultTenant;
        if (tenantId is null && !tenantOptional)
        {
            return ApiResult.Failure(400, ErrorCodes.MissingRequiredField, "This token acts for several tenants: name one in X-Tenant-ID.", TenantHeader);
        }

        if (tenantId is not null && (!key.Tenants.Contains(tenantId, StringComparer.Ordinal) || !state.Tenants.ContainsKey(tenantId)))
        {
            return ApiResult.Failure(403, ErrorCodes.TenantForbidden, $"This token may not act for tenant '{tenantId}'.", TenantHeader);
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
