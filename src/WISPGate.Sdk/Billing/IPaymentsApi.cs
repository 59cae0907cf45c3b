using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The payments routes as Refit sees them; <see cref="PaymentsClient"/> is the public face.</summary>
internal interface IPaymentsApi
{
    [Get("/api/v1/payments")]
    Task<ListEnvelope<Payment>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/payments")]
    Task<ApiEnvelope<Payment>> Create([Body] CreatePaymentRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/payments/{id}")]
    Task<ApiEnvelope<Payment>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/payments/{id}/apply")]
    Task<ApiEnvelope<Payment>> Apply(string id, [Body] ApplyPaymentRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/payments/{id}/refund")]
    Task<ApiEnvelope<Refund>> Refund(string id, [Body] RefundPaymentRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/payments/reconcile")]
    Task<ApiEnvelope<ReconciliationRun>> Reconcile([Body] ReconcilePaymentsRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
