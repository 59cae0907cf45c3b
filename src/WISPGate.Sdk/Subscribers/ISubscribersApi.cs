using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The subscriber routes as Refit sees them; <see cref="SubscribersClient"/> is the public face.</summary>
internal interface ISubscribersApi
{
    [Get("/api/v1/subscribers")]
    Task<ListEnvelope<Subscriber>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers")]
    Task<ApiEnvelope<Subscriber>> Create([Body] CreateSubscriberRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/subscribers/{id}")]
    Task<ApiEnvelope<Subscriber>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Patch("/api/v1/subscribers/{id}")]
    Task<ApiEnvelope<Subscriber>> Update(string id, [Body] UpdateSubscriberRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Delete("/api/v1/subscribers/{id}")]
    Task Delete(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers/{id}/activate")]
    Task<ApiEnvelope<Subscriber>> Activate(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers/{id}/suspend")]
    Task<ApiEnvelope<Subscriber>> Suspend(string id, [Body] SuspendSubscriberRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers/{id}/reactivate")]
    Task<ApiEnvelope<Subscriber>> Reactivate(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers/{id}/cancel")]
    Task<ApiEnvelope<Subscriber>> Cancel(string id, [Body] CancelSubscriberRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/subscribers/{id}/contacts")]
    Task<ListEnvelope<Contact>> ListContacts(string id, [Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscribers/{id}/contacts")]
    Task<ApiEnvelope<Contact>> CreateContact(string id, [Body] CreateContactRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Delete("/api/v1/subscribers/{id}/contacts/{contact_id}")]
    Task DeleteContact(string id, [AliasAs("contact_id")] string contactId, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/subscribers/{id}/balance")]
    Task<ApiEnvelope<SubscriberBalance>> GetBalance(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
