using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace WISPGate.Sdk;

/// <summary>Names to subscribe to the SDK's logs, traces and metrics.</summary>
public static class WispGateDiagnostics
{
    /// <summary>The <see cref="ActivitySource"/> name (<c>WISPGate.Sdk</c>): one span per call, with status and request id.</summary>
    public const string ActivitySourceName = "WISPGate.Sdk";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/> name (<c>WISPGate.Sdk</c>): <c>wispgate.client.operation.duration</c>
    /// (seconds per call, retries included) and <c>wispgate.client.attempts</c> (attempts per call), tagged with
    /// <c>wispgate.operation</c>, <c>http.request.method</c>, <c>url.template</c>, <c>http.response.status_code</c> and
    /// <c>error.type</c> after the OpenTelemetry HTTP client conventions. Retries and circuit-breaker transitions are
    /// Polly's own metrics (meter <c>Polly</c>); each attempt is .NET's <c>System.Net.Http</c> meter.
    /// </summary>
    public const string MeterName = "WISPGate.Sdk";

    /// <summary>The logger category of the per-attempt and retry logs (<c>WISPGate.Sdk</c>).</summary>
    public const string LoggerCategory = "WISPGate.Sdk";

    /// <summary>The SDK version sent in the <c>User-Agent</c>.</summary>
    public static string Version { get; } = ReadVersion();

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Version);

    internal static Meter Meter { get; } = new(MeterName, Version);

    internal static Histogram<double> OperationDuration { get; } = Meter.CreateHistogram<double>(
        "wispgate.client.operation.duration", "s", "Duration of SDK calls, all attempts and retry delays included.");

    internal static Histogram<int> Attempts { get; } = Meter.CreateHistogram<int>(
        "wispgate.client.attempts", "{attempt}", "HTTP attempts per SDK call (1 when no retry was needed).");

    private static string ReadVersion()
    {
        var informational = typeof(WispGateDiagnostics).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
