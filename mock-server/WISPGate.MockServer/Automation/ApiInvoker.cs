using System.Text.Json;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// Runs an API operation on behalf of a workflow run exactly as a request would run it: routed by the contract's route
/// table, its parameters and body validated by the same <see cref="ValidationStep"/>, refused at the tenant's storage
/// limit as every request is (<see cref="OperationContext.StorageRefusal"/>), then the operation's own handler — so an action has the validation, state
/// rules and events of the operation it mirrors. The handler runs in a scope of its own whose events carry
/// <c>caused_by</c>; they are handed to the calling scope to be announced. The caller holds the tenant's lock.
/// </summary>
internal sealed class ApiInvoker
{
    private static readonly ValidationStep Validation = new();
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private readonly DomainRegistry _registry;

    /// <summary>Creates an invoker over the registered handlers.</summary>
    public ApiInvoker(DomainRegistry registry) => _registry = registry;

    /// <summary>Runs <c>method path</c> with <paramref name="body"/> for the tenant of <paramref name="outer"/>.</summary>
    public ApiResult Invoke(TenantScope outer, string? causedBy, string method, string path, object? body = null)
    {
        var route = RouteTable.Instance.Match(method, path);
        if (route.Operation is not { } operation || !_registry.Handlers.TryGetValue(operation.OperationId, out var handler) || handler.Synchronous is not { } run)
        {
            return ApiResult.Failure(500, ErrorCodes.InternalError, $"The server cannot run {method} {path} for a workflow.");
        }

        var request = new ApiRequest(method, path, null, NoHeaders, [], new RequestConnection(null))
        {
            Route = route,
            RequestId = causedBy ?? "workflow",
            ParsedBody = body is null ? null : body as JsonElement? ?? WireJson.ToElement(body),
        };
        var context = new OperationContext(request, outer.State, outer.Tenant, outer.Clock) { CausedBy = causedBy };
        ApiResult result;
        try
        {
            var pending = Validation.InvokeAsync(request, () => ValueTask.FromResult(context.StorageRefusal() ?? run(context)));
            result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        catch (ApiException exception)
        {
            result = exception.Result;
        }

        outer.Adopt(context.RecordedEvents);
        return result;
    }

    /// <summary>The resource an operation answered, in its wire form (null for an error or no body).</summary>
    public static JsonElement? Data(ApiResult result) =>
        result.IsSuccess && result.Data is { } data ? WireJson.ToElement(data) : null;
}
