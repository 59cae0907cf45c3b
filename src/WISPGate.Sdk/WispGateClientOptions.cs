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

    /// <summary>
    /// Options for a local WISPGate mock server (<c>WispGateMockServer</c> in process, or <c>wispgate-mock</c>): the
    /// server's root URL and token, and resilience tuned for tests — retries after 10 ms (then exponential), 5 s per
    /// attempt, 30 s per call, a 500 ms circuit break — so fault tests take milliseconds. A <c>Retry-After</c> the
    /// server sends (a fault's <c>retry_after</c>) is still honoured. Adjust any property afterwards.
    /// <code>
    /// using var client = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(server.BaseUrl, server.DemoTokens.ReadWrite));
    /// </code>
    /// </summary>
    /// <param name="baseUrl">The server's root URL, e.g. <c>http://127.0.0.1:5080</c> (without <c>/api/v1</c>).</param>
    /// <param name="apiToken">A token of the server, e.g. the demo token <c>wgk_test_demo</c>.</param>
    /// <returns>New options; they are validated when a client is built from them.</returns>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not an absolute URL.</exception>
#pragma warning disable CA1054 // The mock server hands out its URL as a string (WispGateMockServer.BaseUrl).
    public static WispGateClientOptions ForLocalMockServer(string baseUrl, string apiToken)
#pragma warning restore CA1054
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{baseUrl}' is not an absolute URL (e.g. http://127.0.0.1:5080).", nameof(baseUrl));
        }

        return new WispGateClientOptions
        {
            BaseUrl = uri,
            ApiToken = apiToken,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(30),
            CircuitBreaker = new WispGateCircuitBreakerOptions { BreakDuration = TimeSpan.FromMilliseconds(500) },
        };
    }

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
