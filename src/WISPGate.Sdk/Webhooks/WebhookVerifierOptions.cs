namespace WISPGate.Sdk.Webhooks;

/// <summary>Settings of a <see cref="WebhookSignatureVerifier"/>.</summary>
public sealed class WebhookVerifierOptions
{
    /// <summary>The default tolerance: deliveries signed more than 300 seconds ago are rejected.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(300);

    /// <summary>How far the signature timestamp may lie from now, either way. Default 300 seconds.</summary>
    public TimeSpan Tolerance { get; init; } = DefaultTolerance;

    /// <summary>The clock that says what "now" is. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
