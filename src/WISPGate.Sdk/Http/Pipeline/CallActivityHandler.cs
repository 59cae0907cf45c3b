using System.Diagnostics;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Outermost handler: one <see cref="Activity"/> span per logical call (all its retries inside),
/// tagged with method, route template, final status, request id, idempotency key and attempts.
/// </summary>
internal sealed class CallActivityHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Without a listener there is no span: no name to format, no async frame of our own.
        WispGateDiagnostics.ActivitySource.HasListeners()
            ? SendWithActivityAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendWithActivityAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = ErrorMapper.RouteOf(request);
        using var activity = WispGateDiagnostics.ActivitySource.StartActivity($"{request.Method.Method} {route}", ActivityKind.Client);
        if (activity is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var call = WispGateCall.For(request);
        activity.SetTag("http.request.method", request.Method.Method);
        activity.SetTag("url.template", route);
        activity.SetTag("server.address", request.RequestUri?.Host);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            activity.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity.SetTag("error.type", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                activity.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception exception)
        {
            activity.SetTag("error.type", exception.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
        finally
        {
            activity.SetTag("wispgate.request_id", call.RequestId);
            activity.SetTag("wispgate.idempotency_key", call.IdempotencyKey);
            activity.SetTag("wispgate.attempts", call.Attempts);
        }
    }
}
