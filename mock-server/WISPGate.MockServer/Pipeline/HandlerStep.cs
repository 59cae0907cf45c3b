using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The end of the pipeline: brings the tenant's time-driven changes up to date (the clock hooks: provisioning jobs,
/// notifications, … that became due), runs the operation's handler — a synchronous one under the tenant's lock —
/// and then announces the events they recorded. An operation of the contract without a handler answers 501, and a
/// create on a tenant at its storage limit answers 409 <c>storage_limit_reached</c> without running its handler.
/// </summary>
internal sealed class HandlerStep : IPipelineStep
{
    private readonly IReadOnlyDictionary<string, OperationHandler> _handlers;
    private readonly IReadOnlyList<Action<TenantScope>> _clockHooks;
    private readonly MockStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the step.</summary>
    public HandlerStep(IReadOnlyDictionary<string, OperationHandler> handlers, IReadOnlyList<Action<TenantScope>> clockHooks, MockStore store, TimeProvider clock)
    {
        _handlers = handlers;
        _clockHooks = clockHooks;
        _store = store;
        _clock = clock;
    }

    /// <inheritdoc />
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var operation = request.Operation!;
        if (!_handlers.TryGetValue(operation.OperationId, out var handler))
        {
            return ApiResult.Failure(501, ErrorCodes.NotImplemented, $"The mock server does not implement {operation.OperationId} yet.");
        }

        if (!await request.Connection.DelayAsync(request.InjectedDelay))
        {
            return ApiResult.Dropped();
        }

        var state = _store.Current;
        var tenant = request.Caller is { TenantId: { } tenantId } ? state.Tenants[tenantId] : null;
        var context = new OperationContext(request, state, tenant, _clock);
        ApiResult result;
        try
        {
            if (handler.Synchronous is { } synchronous)
            {
                result = RunLocked(synchronous, context, tenant);
            }
            else
            {
                ApiResult? refusal = null;
                if (tenant is not null)
                {
                    lock (tenant.Gate)
                    {
                        CatchUp(context);
                        refusal = context.StorageRefusal();
                    }
                }

                result = refusal ?? await handler.Asynchronous!(context);
            }
        }
        catch (ApiException exception)
        {
            result = exception.Result;
        }

        _store.Publish(context.RecordedEvents, context.RequestedWork);
        return result;
    }

    private ApiResult RunLocked(Func<OperationContext, ApiResult> handler, OperationContext context, TenantData? tenant)
    {
        if (tenant is null)
        {
            return handler(context);
        }

        lock (tenant.Gate)
        {
            CatchUp(context);
            return context.StorageRefusal() ?? handler(context);
        }
    }

    // Time-driven changes that became due are made before the operation sees the data, so a read never shows a
    // provisioning job or notification behind the server clock.
    private void CatchUp(OperationContext context)
    {
        foreach (var hook in _clockHooks)
        {
            hook(context);
        }
    }
}
