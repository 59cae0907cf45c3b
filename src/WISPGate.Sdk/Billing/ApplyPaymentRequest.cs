namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/payments/{id}/apply</c>: either <see cref="Allocations"/> or <c>AutoApply = true</c> (neither or both → 422). A payment without subscriber can only be applied with explicit allocations, which also sets its subscriber.</summary>
public sealed record ApplyPaymentRequest
{
    /// <summary>Explicit allocations of the unapplied amount (up to 100).</summary>
    public IReadOnlyList<PaymentAllocation>? Allocations { get; init; }

    /// <summary><see langword="true"/> to allocate to the subscriber's oldest open invoices first.</summary>
    public bool? AutoApply { get; init; }
}
