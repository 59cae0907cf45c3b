using System.Globalization;

namespace WISPGate.Sdk;

/// <summary>
/// How the SDK reaches WISPGate. Bind it from the <c>"WispGate"</c> configuration section
/// (<see cref="ServiceCollectionExtensions.AddWispGate(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>)
/// or set it in code. Invalid options fail at start-up with a message naming the option.
/// </summary>
public sealed class WispGateClientOptions
{
    /// <summary>The configuration section <see cref="ServiceCollectionExtensions"/> documents: <c>"WispGate"</c>.</summary>
    public const string SectionName = "WispGate";

    /// <summary>
    /// Required. The root URL of the WISPGate API of your environment (the SDK adds <c>/api/v1/…</c>),
    /// e.g. the reference mock server at <c>http://127.0.0.1:5080</c>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API token sent as <c>Authorization: Bearer …</c>. Set this or <see cref="ApiTokenProvider"/>.</summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// Supplies the API token for every attempt, for tokens that rotate (a vault, a refreshed
    /// credential). Set this or <see cref="ApiToken"/>. Not bindable from configuration.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? ApiTokenProvider { get; set; }

    /// <summary>The default <c>X-Tenant-ID</c>; without it the token's default tenant is used. <see cref="RequestOptions.TenantId"/> overrides it per call.</summary>
    public string? TenantId { get; set; }

    /// <summary>The limit for a whole call, retries and their waits included. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The limit for one HTTP attempt; a timed-out attempt is retried like a dropped connection. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a retry-safe call is retried after a transient failure (0–10). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially with jitter. A <c>Retry-After</c> answer wins. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Appended to the <c>User-Agent</c> (<c>WISPGate.Sdk/&lt;version&gt; &lt;suffix&gt;</c>), e.g. <c>acme-crm/2.3</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// Whether every POST gets a random <c>X-Idempotency-Key</c> when the caller gives none. Default on.
    /// Only a POST with a key is retried, so turning this off makes POSTs without
    /// <see cref="RequestOptions.IdempotencyKey"/> single-attempt.
    /// </summary>
    public bool AutomaticIdempotencyKeys { get; set; } = true;

    /// <summary>When to stop calling a failing API for a while.</summary>
    public WispGateCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>A summary for diagnostics; the token is never included.</summary>
    /// <returns>The base URL, tenant and resilience settings.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"WispGateClientOptions {{ BaseUrl = {BaseUrl}, ApiToken = {(ApiToken is null ? "(none)" : "***")}, " +
        $"ApiTokenProvider = {(ApiTokenProvider is null ? "(none)" : "set")}, TenantId = {TenantId ?? "(token default)"}, " +
        $"Timeout = {Timeout}, AttemptTimeout = {AttemptTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}, " +
        $"AutomaticIdempotencyKeys = {AutomaticIdempotencyKeys} }}");

    /// <summary>Copies every setting into <paramref name="target"/> (the container-less path registers a copy).</summary>
    internal void CopyTo(WispGateClientOptions target)
    {
        target.BaseUrl = BaseUrl;
        target.ApiToken = ApiToken;
        target.ApiTokenProvider = ApiTokenProvider;
        target.TenantId = TenantId;
        target.Timeout = Timeout;
        target.AttemptTimeout = AttemptTimeout;
        target.MaxRetries = MaxRetries;
        target.RetryBaseDelay = RetryBaseDelay;
        target.UserAgentSuffix = UserAgentSuffix;
        target.AutomaticIdempotencyKeys = AutomaticIdempotencyKeys;
        target.CircuitBreaker = CircuitBreaker is null ? null! : new WispGateCircuitBreakerOptions
        {
            FailureRatio = CircuitBreaker.FailureRatio,
            MinimumThroughput = CircuitBreaker.MinimumThroughput,
            SamplingDuration = CircuitBreaker.SamplingDuration,
            BreakDuration = CircuitBreaker.BreakDuration,
        };
    }
}
