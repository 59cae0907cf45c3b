using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Support;

/// <summary>The event routes as Refit sees them; <see cref="EventsClient"/> is the public face.</summary>
internal interface IEventsApi
{
    [Get("/api/v1/events")]
    Task<ListEnvelope<Event>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/events/{id}")]
    Task<ApiEnvelope<Event>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
