namespace WISPGate.MockServer.Outbound;

/// <summary>The one check of an outbound queue's settings (<see cref="WebhookDeliveryOptions"/>, <see cref="ProvisioningHookOptions"/>).</summary>
internal static class OutboundSettings
{
    /// <summary>A reason the settings are unusable (named after <paramref name="section"/>), or null.</summary>
    public static string? Problem(string section, IReadOnlyList<TimeSpan>? retryDelays, TimeSpan timeout, string maxQueuedName, int maxQueued) =>
        retryDelays is null ? $"{section}.RetryDelays must not be null."
        : retryDelays.Any(d => d < TimeSpan.Zero) ? $"{section}.RetryDelays must not be negative."
        : timeout <= TimeSpan.Zero ? $"{section}.Timeout must be positive."
        : maxQueued < 1 ? $"{section}.{maxQueuedName} must be at least 1."
        : null;
}
