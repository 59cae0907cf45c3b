using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
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
    /// Registers a WISPGate client under a name, configured in code, for an app that talks to several WISPGate accounts
    /// (an integrator serving several ISPs). Get it from <see cref="IWispGateClientFactory.CreateClient(string)"/>. Each
    /// name has its own options (validated at start-up; a failure message names the client), its own
    /// <see cref="HttpClient"/> pipeline with its own retry and circuit breaker, and one cached, thread-safe client.
    /// The unnamed <see cref="AddWispGate(IServiceCollection, Action{WispGateClientOptions})"/> and its injected
    /// <see cref="IWispGateClient"/> work alongside, unchanged.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, e.g. <c>"tenant-a"</c>; calling again with the same name adds configuration.</param>
    /// <param name="configure">Sets the options (at least <see cref="WispGateClientOptions.BaseUrl"/> and a token).</param>
    /// <returns>This name's <see cref="HttpClient"/> registration, to add handlers.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static IHttpClientBuilder AddWispGate(this IServiceCollection services, string name, Action<WispGateClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WispGateClientOptions>(name).Configure(configure);
        return services.AddNamedWispGateCore(name);
    }

    /// <summary>
    /// Registers a WISPGate client under a name, bound to a configuration section with the keys of
    /// <see cref="AddWispGate(IServiceCollection, IConfiguration)"/>, e.g.
    /// <c>configuration.GetSection("WispGateClients:tenant-a")</c>. See
    /// <see cref="AddWispGate(IServiceCollection, string, Action{WispGateClientOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="section">The configuration section holding this client's options.</param>
    /// <returns>This name's <see cref="HttpClient"/> registration, to add handlers.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static IHttpClientBuilder AddWispGate(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<WispGateClientOptions>(name).Bind(section);
        return services.AddNamedWispGateCore(name);
    }

    private static IHttpClientBuilder AddNamedWispGateCore(this IServiceCollection services, string name)
    {
        var httpClientName = ApiConnection.HttpClientNameFor(name);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(WispGateClientName) && descriptor.ImplementationInstance is WispGateClientName registered && registered.Name == name))
        {
            return services.AddHttpClient(httpClientName);
        }

        services.AddSingleton(new WispGateClientName(name));
        services.AddOptions<WispGateClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WispGateClientOptions>, WispGateClientOptionsValidator>());
        services.TryAddSingleton<IWispGateClientFactory, WispGateClientFactory>();
        return AddPipeline(
            services.AddHttpClient(httpClientName),
            provider => provider.GetRequiredService<IOptionsMonitor<WispGateClientOptions>>().Get(name),
            name);
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

        return AddPipeline(services.AddHttpClient(ApiConnection.HttpClientName), Options, Microsoft.Extensions.Options.Options.DefaultName);
    }

    /// <summary>The handlers and resilience pipeline of one client (the unnamed one or a named one), with its options.</summary>
    private static IHttpClientBuilder AddPipeline(IHttpClientBuilder builder, Func<IServiceProvider, WispGateClientOptions> options, string optionsName)
    {
        builder
            .ConfigureHttpClient((provider, client) => ConfigureHttpClient(client, options(provider)))
            .AddHttpMessageHandler(() => new CallActivityHandler())
            .AddHttpMessageHandler(provider => new RequestHeadersHandler(options(provider)))
            .AddHttpMessageHandler(provider => new IdempotencyKeyHandler(options(provider)));
        builder.Services.TryAddKeyedSingleton(
            optionsName, (provider, _) => new WispGateResiliencePipeline(WispGateResilience.Build(provider, optionsName)));
        builder.AddHttpMessageHandler(provider => new ResilienceHandler(provider.GetRequiredKeyedService<WispGateResiliencePipeline>(optionsName).Pipeline));
        return builder
            .AddHttpMessageHandler(provider => new AuthenticationHandler(options(provider)))
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
