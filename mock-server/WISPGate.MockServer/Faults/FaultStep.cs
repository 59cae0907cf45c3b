using System.Globalization;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Faults;

/// <summary>
/// Applies an injected fault to the request it matches: delay, then answer with the injected status, drop the
/// connection before doing anything, or run the request and drop the connection after it committed.
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
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var template = _routes.Match(request.Method, request.Path).Operation?.Route;
        if (_faults.Take(request.Method, request.Path, template) is not { } fault)
        {
            return await next();
        }

        if (fault.DelayMilliseconds > 0)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), request.Connection.Aborted);
            }
            catch (OperationCanceledException)
            {
                return ApiResult.Dropped();
            }
        }

        if (fault.DropBefore)
        {
            return ApiResult.Dropped();
        }

        if (fault.Status is { } status)
        {
            var result = ApiResult.Failure(status, CodeFor(status), $"Injected fault: the mock server was told to answer {status}.");
            if (fault.RetryAfterSeconds is { } retryAfter)
            {
                result.Headers["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture);
            }

            return result;
        }

        var committed = await next();
        committed.DropConnection |= fault.DropAfterCommit;
        return committed;
    }

    private static string CodeFor(int status) => status switch
    {
        429 => ErrorCodes.RateLimited,
        404 => ErrorCodes.NotFound,
        >= 500 => ErrorCodes.InternalError,
        _ => "injected_fault",
    };
}
