using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>Registers the services of <see cref="WebhookEndpointRouteBuilderExtensions.MapWispGateWebhooks"/>.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>Registers the webhook endpoint's services, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least one of <see cref="WispGateWebhookOptions.SigningSecrets"/>).</param>
    /// <returns>The options builder, to configure or validate further.</returns>
    public static OptionsBuilder<WispGateWebhookOptions> AddWispGateWebhooks(this IServiceCollection services, Action<WispGateWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddWispGateWebhooksCore().Configure(configure);
    }

    /// <summary>
    /// Registers the webhook endpoint's services bound to a configuration section, usually
    /// <c>configuration.GetSection(WispGateWebhookOptions.SectionName)</c> (<c>"WispGateWebhooks"</c>) with keys
    /// <c>SigningSecrets:0</c> (<c>:1</c> … during a rotation), <c>Tolerance</c>, <c>MaxRequestBodySize</c>,
    /// <c>DeduplicationWindow</c>, <c>DeduplicationCapacity</c> and <c>AllowNoSigningSecret</c>. A reload of the
    /// section applies to the next delivery.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section holding the options.</param>
    /// <returns>The options builder, to configure or validate further.</returns>
    public static OptionsBuilder<WispGateWebhookOptions> AddWispGateWebhooks(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        return services.AddWispGateWebhooksCore().Bind(section);
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) as an <see cref="IWispGateEventHandler{TData}"/>: it gets every
    /// verified event whose object is a <typeparamref name="TData"/>.
    /// </summary>
    /// <typeparam name="TData">The model of the events' resource (<c>Invoice</c>, <c>Subscriber</c>, …).</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, to chain.</returns>
    public static IServiceCollection AddWispGateEventHandler<TData, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where TData : class
        where THandler : class, IWispGateEventHandler<TData>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IWispGateEventHandler<TData>, THandler>());
        return services;
    }

    private static OptionsBuilder<WispGateWebhookOptions> AddWispGateWebhooksCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WispGateWebhookOptions>, WispGateWebhookOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWispGateWebhookDeduplicationStore, InMemoryWebhookDeduplicationStore>();
        services.TryAddSingleton<WebhookServicesMarker>();
        return services.AddOptions<WispGateWebhookOptions>().ValidateOnStart();
    }
}
