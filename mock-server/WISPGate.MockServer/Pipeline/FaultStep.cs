using System.Globalization;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Applies an injected fault to the request it matches: answer with the injected status or drop the connection
/// before doing anything (after the delay, if any); or run the request — late, with a delay alone — and, with
/// drop_after_commit, drop the connection after it committed.
/// Injected answers never reach the idempotency store (this step runs before it).
/// </summary>
internal sealed class FaultStep : IPipelineStep
{
    private readonly FaultInjector _faults;
    private readonly RouteTable _routes;

    /// <summary>Creates the step.</summary>
    public FaultStep(FaultInjector faults, RouteTable routes)
    {
        _faults = faults;
        _routes = routes;
    }

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next) =>
        _faults.HasPending ? InvokeWithFaultsAsync(request, next) : next();

    private async ValueTask<ApiResult> InvokeWithFaultsAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var template = _routes.Match(request.Method, request.Path).Operation?.Route;
        if (_faults.Take(request.Method, request.Path, template) is not { } fault)
        {
            return await next();
        }

        var delay = TimeSpan.FromMilliseconds(fault.DelayMilliseconds);
        if (!fault.DropBefore && fault.Status is null)
        {
            // A delay alone makes the operation itself slow: it runs late, holding its idempotency key meanwhile.
            request.InjectedDelay = delay;
            var committed = await next();
            committed.DropConnection |= fault.DropAfterCommit;
            return committed;
        }

        if (!await request.Connection.DelayAsync(delay))
        {
            return ApiResult.Dropped();
        }

        if (fault.DropBefore)
        {
            return ApiResult.Dropped();
        }

        var result = ApiResult.Failure(fault.Status!.Value, CodeFor(fault.Status.Value), $"Injected fault: the mock server was told to answer {fault.Status}.");
        if (fault.RetryAfterSeconds is { } retryAfter)
        {
            result.Headers[WireHeaders.RetryAfter] = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string CodeFor(int status) => status switch
    {
        429 => ErrorCodes.RateLimited,
        404 => ErrorCodes.NotFound,
        >= 500 => ErrorCodes.InternalError,
        _ => "injected_fault",
    };
}
