using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The invoices routes as Refit sees them; <see cref="InvoicesClient"/> is the public face.</summary>
internal interface IInvoicesApi
{
    [Get("/api/v1/invoices")]
    Task<ListEnvelope<Invoice>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/invoices")]
    Task<ApiEnvelope<Invoice>> Create([Body] CreateInvoiceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/invoices/{id}")]
    Task<ApiEnvelope<Invoice>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/invoices/{id}/finalize")]
    Task<ApiEnvelope<Invoice>> Finalize(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/invoices/{id}/void")]
    Task<ApiEnvelope<Invoice>> Void(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/invoices/{id}/mark-uncollectible")]
    Task<ApiEnvelope<Invoice>> MarkUncollectible(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
