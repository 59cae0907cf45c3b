namespace WISPGate.Sdk.AspNetCore;

/// <summary>Registered by <see cref="WebhookServiceCollectionExtensions.AddWispGateWebhooks(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{WispGateWebhookOptions})"/>, so mapping without it fails with a clear message.</summary>
internal sealed class WebhookServicesMarker;
