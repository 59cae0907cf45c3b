using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk;

/// <summary>Registers the WISPGate SDK in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWispGateClient"/> configured in code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="WispGateClientOptions.BaseUrl"/> and a token).</param>
    /// <returns>The SDK's <see cref="HttpClient"/> registration, to add handlers or reconfigure resilience.</returns>
    public static IHttpClientBuilder AddWispGate(this IServiceCollection services, Action<WispGateClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WispGateClientOptions>().Configure(configure);
        return services.AddWispGateCore();
    }

    /// <summary>
    /// Registers <see cref="IWispGateClient"/> bound to a configuration section, usually
    /// <c>configuration.GetSection(WispGateClientOptions.SectionName)</c> (<c>"WispGate"</c>) with keys
    /// <c>BaseUrl</c>, <c>ApiToken</c>, <c>TenantId</c>, <c>Timeout</c>, <c>AttemptTimeout</c>,
    /// <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>UserAgentSuffix</c>, <c>AutomaticIdempotencyKeys</c>
    /// and <c>CircuitBreaker:*</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section holding the options.</param>
    /// <returns>The SDK's <see cref="HttpClient"/> registration, to add handlers or reconfigure resilience.</returns>
    public static IHttpClientBuilder AddWispGate(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<WispGateClientOptions>().Bind(section);
        return services.AddWispGateCore();
    }

    /// <summary>
    /// The one registration both <see cref="AddWispGate(IServiceCollection, Action{WispGateClientOptions})"/>
    /// and <see cref="WispGateClient.Create"/> use. Handlers, outermost first: call span → tenant and
    /// extra headers → idempotency key (chosen once per call) → resilience (total timeout, retry,
    /// circuit breaker, attempt timeout) → bearer token (per attempt) → attempt log.
    /// </summary>
    private static IHttpClientBuilder AddWispGateCore(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ApiConnection)))
        {
            // Registered already: the second call only adds its configuration.
            return services.AddHttpClient(ApiConnection.HttpClientName);
        }

        services.AddOptions<WispGateClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WispGateClientOptions>, WispGateClientOptionsValidator>());
        services.AddSingleton<ApiConnection>();
        services.TryAddSingleton<IWispGateClient>(provider => new WispGateClient(provider.GetRequiredService<ApiConnection>(), ownedServices: null));

        var builder = services
            .AddHttpClient(ApiConnection.HttpClientName)
            .ConfigureHttpClient((provider, client) => ConfigureHttpClient(client, Options(provider)))
            .AddHttpMessageHandler(() => new CallActivityHandler())
            .AddHttpMessageHandler(provider => new RequestHeadersHandler(Options(provider)))
            .AddHttpMessageHandler(provider => new IdempotencyKeyHandler(Options(provider)));
        builder.AddResilienceHandler(WispGateResilience.PipelineName, WispGateResilience.Configure);
        return builder
            .AddHttpMessageHandler(provider => new AuthenticationHandler(Options(provider)))
            .AddHttpMessageHandler(provider => new AttemptLoggingHandler(
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(WispGateDiagnostics.LoggerCategory),
                provider.GetService<TimeProvider>() ?? TimeProvider.System))
            // IHttpClientFactory's default loggers put raw header values (the bearer token) into the
            // structured log state even when the message is redacted; the attempt log replaces them.
            .RemoveAllLoggers()
            .RedactLoggedHeaders([WispGateHeaders.Authorization]);
    }

    private static WispGateClientOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<WispGateClientOptions>>().Value;

    private static void ConfigureHttpClient(HttpClient client, WispGateClientOptions options)
    {
        client.BaseAddress = options.BaseUrl;

        // The resilience pipeline owns every time limit (WispGateClientOptions.Timeout and AttemptTimeout).
        client.Timeout = Timeout.InfiniteTimeSpan;

        // Accept and User-Agent are set per request by RequestHeadersHandler from strings built once:
        // default headers would be rebuilt for every client and cloned into every request.
    }
}
