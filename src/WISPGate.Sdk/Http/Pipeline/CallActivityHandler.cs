using System.Diagnostics;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Outermost handler: one <see cref="Activity"/> span per logical call (all its retries inside),
/// tagged with method, route template, final status, request id, idempotency key and attempts.
/// </summary>
internal sealed class CallActivityHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Without a listener there is no span and no measurement: no name to format, no async frame of our own.
        WispGateDiagnostics.ActivitySource.HasListeners() || WispGateDiagnostics.OperationDuration.Enabled || WispGateDiagnostics.Attempts.Enabled
            ? SendWithActivityAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendWithActivityAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = ErrorMapper.RouteOf(request);
        var started = Stopwatch.GetTimestamp();
        using var activity = WispGateDiagnostics.ActivitySource.StartActivity($"{request.Method.Method} {route}", ActivityKind.Client);
        var call = WispGateCall.For(request);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.template", route);
        activity?.SetTag("server.address", request.RequestUri?.Host);
        int? statusCode = null;
        string? errorType = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            statusCode = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", statusCode);
            if (!response.IsSuccessStatusCode)
            {
                errorType = statusCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                activity?.SetTag("error.type", errorType);
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception exception)
        {
            errorType = exception.GetType().FullName;
            activity?.SetTag("error.type", errorType);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
        finally
        {
            activity?.SetTag("wispgate.request_id", call.RequestId);
            activity?.SetTag("wispgate.idempotency_key", call.IdempotencyKey);
            activity?.SetTag("wispgate.attempts", call.Attempts);
            Record(call, request.Method.Method, route, statusCode, errorType, Stopwatch.GetElapsedTime(started));
        }
    }

    private static void Record(WispGateCall call, string method, string route, int? statusCode, string? errorType, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "wispgate.operation", call.Operation?.Id },
            { "http.request.method", method },
            { "url.template", route },
        };
        if (statusCode is not null)
        {
            tags.Add("http.response.status_code", statusCode);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        WispGateDiagnostics.OperationDuration.Record(elapsed.TotalSeconds, tags);
        WispGateDiagnostics.Attempts.Record(call.Attempts, tags);
    }
}
