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

        var state = _store.Current;
        if (BearerToken(request) is not { } presented || !state.Tokens.TryGetValue(presented, out var token))
        {
            var result = ApiResult.Failure(401, ErrorCodes.Unauthorized, "A valid API token is required: send Authorization: Bearer <api_token>.");
            result.Headers["WWW-Authenticate"] = "Bearer";
            return ValueTask.FromResult(result);
        }

        var scope = operation.IsWrite ? ApiToken.WriteScope : ApiToken.ReadScope;
        if (!token.Scopes.Contains(scope))
        {
            return Fail(403, ErrorCodes.InsufficientScope, $"This token lacks the '{scope}' scope.");
        }

        var tenantId = request.Header(TenantHeader) is { Length: > 0 } named ? named : token.DefaultTenant;
        if (tenantId is null)
        {
            return Fail(400, ErrorCodes.MissingRequiredField, "This token acts for several tenants: name one in X-Tenant-ID.", TenantHeader);
        }

        if (!token.Tenants.Contains(tenantId, StringComparer.Ordinal) || !state.Tenants.ContainsKey(tenantId))
        {
            return Fail(403, ErrorCodes.TenantForbidden, $"This token may not act for tenant '{tenantId}'.", TenantHeader);
        }

        request.Caller = new ApiCaller(token, tenantId);
        return next();
    }

    /// <summary>The bearer token of a request, or null.</summary>
    public static string? BearerToken(ApiRequest request)
    {
        var header = request.Header("Authorization");
        const string scheme = "Bearer ";
        return header is not null && header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    private static ValueTask<ApiResult> Fail(int status, string code, string message, string? field = null) =>
        ValueTask.FromResult(ApiResult.Failure(status, code, message, field));
}
