namespace WISPGate.MockServer.Billing;

/// <summary>Body of applyPayment: explicit allocations or <c>auto_apply: true</c>.</summary>
internal sealed record ApplyPaymentRequest(IReadOnlyList<PaymentAllocation>? Allocations, bool? AutoApply);
