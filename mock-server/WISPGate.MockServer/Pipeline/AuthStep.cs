using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Identity;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The bearer token and tenant of every operation that needs a caller, by the rules of <see cref="TokenAuthorizer"/>
/// (scope: the operation's security requirement's role, else <c>write</c> for changes and <c>read</c> for GETs; a 401
/// carries <c>WWW-Authenticate: Bearer</c>). Operations the contract marks public (<c>security: []</c>) skip it.
/// </summary>
internal sealed class AuthStep : IPipelineStep
{
    private readonly MockStore _store;
    private readonly TimeProvider _clock;
    private readonly IReadOnlySet<string> _tenantOptional;

    /// <summary>Creates the step; <paramref name="tenantOptional"/>: operations that act for no tenant (<see cref="Modules.DomainRegistry.WithoutTenant"/>).</summary>
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

        var failure = TokenAuthorizer.Authorize(
            _store.Current,
            BearerToken.Parse(request.Header(WireHeaders.Authorization)),
            request.Header(WireHeaders.TenantId),
            operation.Scope,
            _clock.GetUtcNow(),
            _tenantOptional.Contains(operation.OperationId),
            out var caller);
        if (failure is not null)
        {
            if (failure.Status == 401)
            {
                failure.Headers[WireHeaders.WwwAuthenticate] = "Bearer";
            }

            return ValueTask.FromResult(failure);
        }

        request.Caller = caller;
        return next();
    }
}
