using Microsoft.Extensions.Options;
using Refit;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Creates the Refit-generated API clients on the SDK's named <see cref="HttpClient"/> (its
/// handlers and resilience pipeline). A client per call is what <see cref="IHttpClientFactory"/>
/// is built for: handlers are pooled and rotated, the resilience state (circuit breaker) is shared.
/// </summary>
internal sealed class WispGateConnection
{
    /// <summary>The name of the SDK's <see cref="HttpClient"/> registration.</summary>
    public const string HttpClientName = "WISPGate.Sdk";

    private readonly IHttpClientFactory _httpClientFactory;

    public WispGateConnection(IHttpClientFactory httpClientFactory, IOptions<WispGateClientOptions> options)
    {
        _httpClientFactory = httpClientFactory;

        // Reading the value runs the options validation: bad options fail here, at start-up.
        Options = options.Value;
        Settings = CreateRefitSettings();
    }

    public WispGateClientOptions Options { get; }

    public RefitSettings Settings { get; }

    /// <summary>The runner of the calls of one Refit API interface.</summary>
    public WispGateApi<TApi> Api<TApi>()
        where TApi : class => new(this);

    /// <summary>A Refit client for one call.</summary>
    public TApi CreateClient<TApi>()
        where TApi : class => RestService.ForGenerated<TApi>(_httpClientFactory.CreateClient(HttpClientName), Settings);

    private static RefitSettings CreateRefitSettings()
    {
        var settings = new RefitSettings(new WispGateContentSerializer(WispGateJson.Options));

        // Bodies are serialized once into bytes: every retry re-sends exactly the same bytes,
        // which the API's idempotency check compares.
        settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
        settings.Buffered = true;
        settings.ExceptionFactory = ErrorMapper.FromResponseAsync;
        settings.DeserializationExceptionFactory = ErrorMapper.FromUnreadableResponseAsync;
        settings.TransportExceptionFactory = ErrorMapper.FromTransportFailure;
        return settings;
    }
}
