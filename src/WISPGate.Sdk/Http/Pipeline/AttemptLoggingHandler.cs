using Microsoft.Extensions.Logging;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Innermost handler: counts and logs every HTTP attempt (method, route template, status,
/// attempt number, duration, request id) and records what the answer says about the call.
/// </summary>
internal sealed class AttemptLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public AttemptLoggingHandler(ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = WispGateCall.For(request);
        var attempt = call.StartAttempt();
        // The clock is read only when some attempt log can be written (its levels: Debug, Information, Warning).
        long? started = IsAnyLogEnabled() ? _timeProvider.GetTimestamp() : null;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The attempt's token also fires on the attempt and call timeouts, so this is not only the caller.
            Log.AttemptCancelled(_logger, request.Method.Method, ErrorMapper.RouteOf(request), attempt, ElapsedMs(started));
            throw;
        }
        catch (Exception exception)
        {
            Log.AttemptFailed(_logger, exception, request.Method.Method, ErrorMapper.RouteOf(request), attempt, ElapsedMs(started));
            throw;
        }

        call.RecordAnswer(response);
        var status = (int)response.StatusCode;
        var level = Log.LevelFor(response.StatusCode);
        if (!_logger.IsEnabled(level))
        {
            // The usual case for successful attempts (Debug is off): no route lookup, no formatting.
            return response;
        }

        if (level == LogLevel.Warning)
        {
            Log.AttemptFailedStatus(_logger, request.Method.Method, ErrorMapper.RouteOf(request), attempt, status, ElapsedMs(started), call.RequestId);
        }
        else
        {
            Log.AttemptCompleted(_logger, request.Method.Method, ErrorMapper.RouteOf(request), attempt, status, ElapsedMs(started), call.RequestId);
        }

        return response;
    }

    private bool IsAnyLogEnabled() =>
        _logger.IsEnabled(LogLevel.Warning) || _logger.IsEnabled(LogLevel.Information) || _logger.IsEnabled(LogLevel.Debug);

    private long ElapsedMs(long? started) =>
        started is { } timestamp ? (long)_timeProvider.GetElapsedTime(timestamp).TotalMilliseconds : 0;
}
