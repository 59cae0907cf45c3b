namespace WISPGate.MockServer.Billing;

/// <summary>Body of createPayment.</summary>
internal sealed record CreatePaymentRequest(
    string? SubscriberId,
    long Amount,
    string Currency,
    PaymentMethod Method,
    string? Reference,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<PaymentAllocation>? Allocations,
    bool? AutoApply);
