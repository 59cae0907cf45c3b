using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// refundPayment: returns money from a payment, unapplied credit first, then the most recent allocations (their
/// invoices reopen). More than <c>amount − refunded_amount</c> → 422; a fully refunded payment → 409.
/// </summary>
internal static class PaymentRefunds
{
    /// <summary>POST /api/v1/payments/{id}/refund (body optional: amount defaults to all that is left).</summary>
    public static ApiResult Refund(OperationContext context)
    {
        var payment = context.Require<Payment>(context.Id, "payment");
        var request = context.ReadBody<RefundPaymentRequest>();
        var refundable = payment.Amount - payment.RefundedAmount;
        if (refundable == 0)
        {
            return ApiResult.InvalidTransition("payment", "refunded", "refunded");
        }

        var amount = request.Amount ?? refundable;
        if (amount > refundable)
        {
            return ApiResult.Invalid("amount", "exceeds_refundable", $"At most {BillingRules.Show(refundable, payment.Currency)} of this payment can be refunded.");
        }

        var refund = new Refund
        {
            Id = context.NewId("ref"),
            PaymentId = payment.Id,
            Amount = amount,
            Currency = payment.Currency,
            Reason = request.Reason,
            CreatedAt = context.Now,
        };
        if (payment.SubscriberId is { } subscriberId)
        {
            Ledger.Post(context, subscriberId, TransactionType.Debit, TransactionSource.Refund, refund.Id, amount, payment.Currency, $"Refund of payment {payment.Id}");
        }

        context.Collection<Refund>().Add(refund);
        var allocations = payment.Allocations.ToList();
        var toReverse = amount - Math.Min(amount, payment.UnappliedAmount);
        for (var i = allocations.Count - 1; i >= 0 && toReverse > 0; i--)
        {
            var reversed = Math.Min(toReverse, allocations[i].Amount);
            InvoiceBook.Unpay(context, allocations[i].InvoiceId, reversed);
            toReverse -= reversed;
            allocations[i] = allocations[i] with { Amount = allocations[i].Amount - reversed };
        }

        var refunded = payment with { RefundedAmount = payment.RefundedAmount + amount, Allocations = allocations.Where(a => a.Amount > 0).ToList() };
        context.Collection<Payment>().Replace(refunded);
        context.RecordEvent("payment.refunded", refunded);
        return ApiResult.Ok(refund);
    }
}
