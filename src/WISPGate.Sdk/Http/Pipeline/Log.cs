using System.Net;
using Microsoft.Extensions.Logging;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The SDK's log messages, source-generated: nothing is formatted when the level is off. They
/// carry method, route template, status, attempt, duration and request id; never a header value.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "AttemptCompleted", Level = LogLevel.Debug,
        Message = "WISPGate {Method} {Route} attempt {Attempt} answered {StatusCode} in {ElapsedMs} ms (request {RequestId})")]
    public static partial void AttemptCompleted(
        ILogger logger, string method, string route, int attempt, int statusCode, long elapsedMs, string? requestId);

    [LoggerMessage(EventId = 2, EventName = "AttemptFailedStatus", Level = LogLevel.Warning,
        Message = "WISPGate {Method} {Route} attempt {Attempt} answered {StatusCode} in {ElapsedMs} ms (request {RequestId})")]
    public static partial void AttemptFailedStatus(
        ILogger logger, string method, string route, int attempt, int statusCode, long elapsedMs, string? requestId);

    [LoggerMessage(EventId = 3, EventName = "AttemptFailed", Level = LogLevel.Warning,
        Message = "WISPGate {Method} {Route} attempt {Attempt} failed after {ElapsedMs} ms without an answer")]
    public static partial void AttemptFailed(
        ILogger logger, Exception exception, string method, string route, int attempt, long elapsedMs);

    [LoggerMessage(EventId = 4, EventName = "RetryScheduled", Level = LogLevel.Information,
        Message = "WISPGate {Method} {Route} retries in {DelayMs} ms after attempt {Attempt} ({Outcome})")]
    public static partial void RetryScheduled(
        ILogger logger, string method, string route, int attempt, long delayMs, string outcome);

    [LoggerMessage(EventId = 5, EventName = "AttemptCancelled", Level = LogLevel.Information,
        Message = "WISPGate {Method} {Route} attempt {Attempt} was cancelled after {ElapsedMs} ms (attempt timeout, call timeout or caller)")]
    public static partial void AttemptCancelled(ILogger logger, string method, string route, int attempt, long elapsedMs);

    public static LogLevel LevelFor(HttpStatusCode statusCode) =>
        (int)statusCode is >= 500 or 429 or 408 ? LogLevel.Warning : LogLevel.Debug;
}
