namespace WISPGate.Sdk;

/// <summary>
/// When the SDK stops calling a failing API for a while (the circuit breaker of
/// Microsoft.Extensions.Http.Resilience): once at least <see cref="MinimumThroughput"/> attempts in
/// <see cref="SamplingDuration"/> failed at <see cref="FailureRatio"/> or more, calls fail at once
/// with a <see cref="Errors.WispGateTransportException"/> for <see cref="BreakDuration"/>.
/// Defaults are those of the standard resilience pipeline.
/// </summary>
public sealed class WispGateCircuitBreakerOptions
{
    /// <summary>The share of failed attempts (0–1, exclusive of 0) that opens the circuit. Default 0.1.</summary>
    public double FailureRatio { get; set; } = 0.1;

    /// <summary>How many attempts the sampling window needs before it may open the circuit (at least 2). Default 100.</summary>
    public int MinimumThroughput { get; set; } = 100;

    /// <summary>The window over which failures are counted (at least 0.5 s). Default 30 s.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open (at least 0.5 s). Default 5 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
