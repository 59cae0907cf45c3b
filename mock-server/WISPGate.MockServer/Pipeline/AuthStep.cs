using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Bearer token (401 <c>unauthorized</c>), scope (403 <c>insufficient_scope</c> for a write with a read-only token)
/// and tenant selection: <c>X-Tenant-ID</c> or the token's default tenant; a tenant the token may not use →
/// 403 <c>tenant_forbidden</c>; a multi-tenant token without a default must name one (400).
/// Operations the contract marks public (<c>security: []</c>) skip all of it.
/// </summary>
internal sealed class AuthStep : IPipelineStep
{
    /// <summary>The tenant header.</summary>
    public const string TenantHeader = "X-Tenant-ID";

    private readonly MockStore _store;

    /// <summary>Creates the step.</summary>
    public AuthStep(MockStore store) => _store = store;

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var operation = request.Operation!;
        if (!operation.RequiresAuth)
        {
            return next();
        }

        var scope = operation.IsWrite ? ApiToken.WriteScope : ApiToken.ReadScope;
        var failure = Authorize(_store.Current, BearerToken.Parse(request.Header("Authorization")), request.Header(TenantHeader), scope, out var caller);
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
    /// export's form field): 401 unknown, 403 <c>insufficient_scope</c>, the tenant from <c>X-Tenant-ID</c> or the
    /// token's default (400 when neither), 403 <c>tenant_forbidden</c>. Null when the caller may proceed.
    /// </summary>
    public static ApiResult? Authorize(MockState state, string? presented, string? tenantHeader, string scope, out ApiCaller? caller)
    {
        caller = null;
        if (presented is null || !state.Tokens.TryGetValue(presented, out var token))
        {
            return ApiResult.Failure(401, ErrorCodes.Unauthorized, "A valid API token is required: send Authorization: Bearer <api_token>.");
        }

        if (!token.Scopes.Contains(scope))
        {
            return ApiResult.Failure(403, ErrorCodes.InsufficientScope, $"This token lacks the '{scope}' scope.");
        }

        var tenantId = tenantHeader is { Length: > 0 } named ? named : token.DefaultTenant;
        if (tenantId is null)
        {
            return ApiResult.Failure(400, ErrorCodes.MissingRequiredField, "This token acts for several tenants: name one in X-Tenant-ID.", TenantHeader);
        }

        if (!token.Tenants.Contains(tenantId, StringComparer.Ordinal) || !state.Tenants.ContainsKey(tenantId))
        {
            return ApiResult.Failure(403, ErrorCodes.TenantForbidden, $"This token may not act for tenant '{tenantId}'.", TenantHeader);
        }

        caller = new ApiCaller(token, tenantId);
        return null;
    }
}
