using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Identity;

/// <summary>getMe: what the calling token is, which tenants it may act for, and its rate-limit window.</summary>
internal static class MeHandlers
{
    /// <summary>GET /api/v1/me (no tenant needed: a multi-tenant token learns its tenant ids here).</summary>
    public static ApiResult Get(OperationContext context)
    {
        var key = context.Caller!.Key;
        var rate = context.Request.RateLimit;
        return ApiResult.Ok(new Me(
            new MeToken(key.Id, key.Name, key.Prefix, key.Scopes, key.Environment, key.ExpiresAt),
            key.Tenants
                .Where(context.State.Tenants.ContainsKey)
                .Select(id => new MeTenant(id, context.State.Tenants[id].Name, string.Equals(id, key.DefaultTenant, StringComparison.Ordinal)))
                .ToList(),
            new MeRateLimit(rate?.Limit ?? 0, rate?.Remaining ?? 0, rate?.ResetSeconds ?? 0)));
    }
}
