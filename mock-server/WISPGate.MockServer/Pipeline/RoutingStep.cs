using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>Finds the operation in the route table built from the contract's paths: 404 unknown path, 405 wrong method.</summary>
internal sealed class RoutingStep : IPipelineStep
{
    private readonly RouteTable _routes;

    /// <summary>Creates the step.</summary>
    public RoutingStep(RouteTable routes) => _routes = routes;

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        request.Route = _routes.Match(request.Method, request.Path);
        if (request.Route.IsUnknownPath)
        {
            return ValueTask.FromResult(ApiResult.Failure(404, ErrorCodes.NotFound, $"No operation at {request.Path}."));
        }

        if (request.Route.IsWrongMethod)
        {
            var allowed = string.Join(", ", request.Route.AllowedMethods);
            var result = ApiResult.Failure(405, ErrorCodes.MethodNotAllowed, $"{request.Method} is not allowed on {request.Path}; allowed: {allowed}.");
            result.Headers[WireHeaders.Allow] = allowed;
            return ValueTask.FromResult(result);
        }

        return next();
    }
}
