using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Pipeline;

/// <summary>Who is calling: the token and the tenant the request acts for.</summary>
internal sealed record ApiCaller(ApiToken Token, string TenantId);
