using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// Who is calling: the API key and the tenant the request acts for (null only for an operation that acts for no tenant,
/// such as <c>getMe</c> called by a multi-tenant token without <c>X-Tenant-ID</c>).
/// </summary>
internal sealed record ApiCaller(ApiKey Key, string? TenantId);
