using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Support;

/// <summary>The ticket routes as Refit sees them; <see cref="TicketsClient"/> is the public face.</summary>
internal interface ITicketsApi
{
    [Get("/api/v1/tickets")]
    Task<ListEnvelope<Ticket>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/tickets")]
    Task<ApiEnvelope<Ticket>> Create([Body] CreateTicketRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/tickets/{id}")]
    Task<ApiEnvelope<Ticket>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Patch("/api/v1/tickets/{id}")]
    Task<ApiEnvelope<Ticket>> Update(string id, [Body] UpdateTicketRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/tickets/{id}/comments")]
    Task<ListEnvelope<TicketComment>> ListComments(string id, [Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/tickets/{id}/comments")]
    Task<ApiEnvelope<TicketComment>> CreateComment(string id, [Body] CreateTicketCommentRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
