using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Support;

/// <summary>The notification routes as Refit sees them; <see cref="NotificationsClient"/> is the public face.</summary>
internal interface INotificationsApi
{
    [Get("/api/v1/notifications")]
    Task<ListEnvelope<Notification>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/notifications")]
    Task<ApiEnvelope<Notification>> Create([Body] CreateNotificationRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/notifications/{id}")]
    Task<ApiEnvelope<Notification>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
