using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// How <see cref="WebhookEndpointRouteBuilderExtensions.MapWispGateWebhooks"/> checks deliveries. Bind it from the
/// <c>"WispGateWebhooks"</c> configuration section
/// (<see cref="WebhookServiceCollectionExtensions.AddWispGateWebhooks(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>)
/// or set it in code. The endpoint reads the current value for every delivery (<c>IOptionsMonitor</c>), so a secret
/// added or removed by a configuration reload applies to the next delivery without a restart. Invalid options fail at
/// start-up with a message naming the option.
/// </summary>
public sealed class WispGateWebhookOptions
{
    /// <summary>The configuration section <see cref="WebhookServiceCollectionExtensions"/> documents: <c>"WispGateWebhooks"</c>.</summary>
    public const string SectionName = "WispGateWebhooks";

    /// <summary>The default <see cref="MaxRequestBodySize"/>: 256 KiB.</summary>
    public const long DefaultMaxRequestBodySize = 256 * 1024;

    /// <summary>
    /// The endpoint's signing secrets (<c>whsec_…</c>, returned once when the endpoint is created or its secret rotated).
    /// A delivery is accepted when one of its <c>v1=</c> signatures matches one of these secrets, so during a rotation list
    /// both the new and the previous secret, and remove the previous one once it expired. Configuration keys
    /// <c>WispGateWebhooks:SigningSecrets:0</c>, <c>…:1</c>. Required unless <see cref="AllowNoSigningSecret"/>.
    /// </summary>
    public IList<string> SigningSecrets { get; } = [];

    /// <summary>
    /// How far the signature timestamp may lie from now, either way (default 300 seconds,
    /// <see cref="WebhookVerifierOptions.DefaultTolerance"/>); an older delivery is a replay and answered 400. "Now" is the
    /// <see cref="TimeProvider"/> registered in dependency injection, or the system clock.
    /// </summary>
    public TimeSpan Tolerance { get; set; } = WebhookVerifierOptions.DefaultTolerance;

    /// <summary>The largest body accepted, in bytes (default 256 KiB); a larger delivery is answered 413 without being read to the end.</summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>
    /// How long the default in-memory de-duplication store remembers a processed event id (default 3 days, longer than
    /// WISPGate retries a delivery). A pluggable <see cref="IWispGateWebhookDeduplicationStore"/> applies its own rules.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// The most processed event ids the default in-memory de-duplication store keeps (default 100,000); past it the oldest
    /// are forgotten first, so memory stays bounded.
    /// </summary>
    public int DeduplicationCapacity { get; set; } = 100_000;

    /// <summary>
    /// Lets the app start with no signing secret yet, for a receiver that registers its own endpoint at start and learns
    /// the secret then (the WebhookReceiver sample). Until a secret is configured every delivery is answered
    /// 503 Service Unavailable, which WISPGate retries. Default <see langword="false"/>: no secret fails start-up.
    /// </summary>
    public bool AllowNoSigningSecret { get; set; }
}
