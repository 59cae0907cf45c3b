using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The resilience pipeline of the SDK's client, built from Microsoft.Extensions.Http.Resilience
/// strategies in the order of the standard pipeline (total timeout → retry → circuit breaker →
/// attempt timeout) and configured from <see cref="WispGateClientOptions"/>. Nothing here
/// re-implements a strategy; it only says what is safe to retry.
/// </summary>
internal static class WispGateResilience
{
    /// <summary>The name of the pipeline in the <see cref="HttpClient"/> registration.</summary>
    public const string PipelineName = "wispgate";

    /// <summary>
    /// The pipeline of the client whose options have this name (<see cref="Options.DefaultName"/> for the unnamed one),
    /// built once per service provider (<see cref="WispGateResiliencePipeline"/>, a singleton: the circuit breaker's
    /// state outlives the factory's handler rotation) and run by Microsoft.Extensions.Http.Resilience's own
    /// <see cref="ResilienceHandler"/>. Not <c>AddResilienceHandler</c>: its registry, reload and metering-enrichment
    /// machinery loads six more assemblies at start and looks the pipeline up on every request, for features the SDK does
    /// not offer (pipelines reconfigured at run time).
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(IServiceProvider services, string optionsName)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = PipelineName,
            InstanceName = optionsName == Options.DefaultName ? null : optionsName,
        };
        Configure(builder, services, optionsName);
        return builder.Build();
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services, string optionsName)
    {
        var options = optionsName == Options.DefaultName
            ? services.GetRequiredService<IOptions<WispGateClientOptions>>().Value
            : services.GetRequiredService<IOptionsMonitor<WispGateClientOptions>>().Get(optionsName);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(WispGateDiagnostics.LoggerCategory);
        builder.TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        builder.ConfigureTelemetry(Telemetry(services));

        // A call's own RequestOptions.Timeout / MaxRetries ride on its request; the strategies read them per call.
        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "TotalTimeout",
            Timeout = options.Timeout,
            TimeoutGenerator = args => ValueTask.FromResult(
                WispGateCall.Find(args.Context.GetRequestMessage())?.Options?.Timeout ?? options.Timeout),
        });

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Retry",
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,

                // Transient failures only (connection errors, attempt timeouts, 408, 429, 5xx, and a 409 with
                // Retry-After: the same key's earlier attempt is still running, e.g. after an attempt timeout), and
                // only for requests that can run twice without harm: a POST needs an idempotency key.
                // The cheap status check first: it settles every successful attempt.
                ShouldHandle = args => ValueTask.FromResult(
                    (HttpClientResiliencePredicates.IsTransient(args.Outcome) || IsKeyStillInUse(args.Outcome))
                    && IdempotencyKeyHandler.IsRetrySafe(args.Context.GetRequestMessage())
                    && args.AttemptNumber < (WispGateCall.Find(args.Context.GetRequestMessage())?.Options?.MaxRetries ?? int.MaxValue)),
                OnRetry = args =>
                {
                    if (args.Context.GetRequestMessage() is { } request)
                    {
                        Log.RetryScheduled(
                            logger,
                            request.Method.Method,
                            ErrorMapper.RouteOf(request),
                            args.AttemptNumber + 1,
                            (long)args.RetryDelay.TotalMilliseconds,
                            args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}");
                    }

                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "CircuitBreaker",
            FailureRatio = options.CircuitBreaker.FailureRatio,
            MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
            SamplingDuration = options.CircuitBreaker.SamplingDuration,
            BreakDuration = options.CircuitBreaker.BreakDuration,
        });

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// 409 with <c>Retry-After</c>: the API's <c>idempotency_key_in_use</c>, a conflict that ends by itself (the first
    /// request with this key is still running; the same request sent again gets its response replayed).
    /// </summary>
    private static bool IsKeyStillInUse(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.Conflict, Headers.RetryAfter: not null };

    /// <summary>
    /// Polly's telemetry for this pipeline: the application's settings (logger factory, metering enrichers), with the
    /// retry's two per-attempt events (<c>OnRetry</c>, <c>ExecutionAttempt</c>) at Debug instead of Warning. The SDK logs
    /// each failed attempt (a Warning) and each scheduled retry (Information) itself, with the route and request id;
    /// Polly's metrics still count every event. Circuit and timeout events keep their severity.
    /// </summary>
    private static TelemetryOptions Telemetry(IServiceProvider services)
    {
        var telemetry = services.GetService<IOptions<TelemetryOptions>>()?.Value is { } configured
            ? new TelemetryOptions(configured)
            : new TelemetryOptions();

        // The container's logger factory unless the application set one (Polly's own registration does the same; the
        // pipeline is not built through it, and an unconfigured TelemetryOptions carries the null logger factory).
        if (telemetry.LoggerFactory is NullLoggerFactory)
        {
            telemetry.LoggerFactory = services.GetRequiredService<ILoggerFactory>();
        }

        var applicationSeverity = telemetry.SeverityProvider;
        telemetry.SeverityProvider = args => args.Event.EventName is "OnRetry" or "ExecutionAttempt"
            ? ResilienceEventSeverity.Debug
            : applicationSeverity?.Invoke(args) ?? args.Event.Severity;
        return telemetry;
    }
}
