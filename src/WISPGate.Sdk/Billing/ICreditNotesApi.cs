using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The credit-notes routes as Refit sees them; <see cref="CreditNotesClient"/> is the public face.</summary>
internal interface ICreditNotesApi
{
    [Get("/api/v1/credit-notes")]
    Task<ListEnvelope<CreditNote>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/credit-notes")]
    Task<ApiEnvelope<CreditNote>> Create([Body] CreateCreditNoteRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/credit-notes/{id}")]
    Task<ApiEnvelope<CreditNote>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/credit-notes/{id}/void")]
    Task<ApiEnvelope<CreditNote>> Void(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
