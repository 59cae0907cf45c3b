using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// reconcilePayments, getReconciliationRun and listReconciliationRuns. A run takes every payment with unapplied money (optionally of one
/// subscriber, received at or after an instant), oldest received first, and allocates it: first to the invoice whose
/// number equals the payment's reference (ignoring case and surrounding spaces; an unidentified payment then takes that
/// invoice's subscriber), then to its subscriber's oldest due invoices. The mock completes the run within the request:
/// the 202 already carries the completed run.
/// </summary>
internal static class ReconciliationHandlers
{
    /// <summary>POST /api/v1/payments/reconcile → 202 with the completed run and its Location.</summary>
    public static ApiResult Reconcile(OperationContext context)
    {
        var request = context.ReadBody<ReconcilePaymentsRequest>();
        if (request.SubscriberId is { } subscriberId)
        {
            context.RequireReference<Subscriber>("subscriber_id", subscriberId, "subscriber");
        }

        var payments = context.Collection<Payment>();
        var candidates = (request.SubscriberId is { } only ? payments.Index(BillingIndexes.PaymentsBySubscriber).OldestFirst(only) : payments.All())
            .Where(p => p.UnappliedAmount > 0
                && (request.SubscriberId is null || p.SubscriberId == request.SubscriberId)
                && (request.ReceivedAfter is null || p.ReceivedAt >= request.ReceivedAfter))
            .OrderBy(p => p.ReceivedAt)
            .Select(p => p.Id)
            .ToList();
        var matched = new List<ReconciliationMatch>();
        var paid = new List<string>();
        foreach (var paymentId in candidates)
        {
            var payment = context.Collection<Payment>().Find(paymentId)!;
            var plan = new List<ReconciliationMatch>();
            var owner = payment.SubscriberId;
            var byReference = ByReference(context, payment);
            if (byReference is { } invoice)
            {
                owner ??= invoice.SubscriberId;
                plan.Add(new ReconciliationMatch(payment.Id, invoice.Id, Math.Min(payment.UnappliedAmount, invoice.AmountDue), ReconciliationMatchedBy.Reference));
            }

            if (owner is not null)
            {
                var left = payment.UnappliedAmount - plan.Sum(m => m.Amount);
                plan.AddRange(PaymentAllocator.OldestDueFirst(context, owner, payment.Currency, left, except: byReference?.Id)
                    .Select(a => new ReconciliationMatch(payment.Id, a.InvoiceId, a.Amount, ReconciliationMatchedBy.Subscriber)));
            }

            if (plan.Count == 0)
            {
                continue;
            }

            if (payment.SubscriberId is null)
            {
                payment = PaymentAllocator.Assign(context, payment, owner!);
            }

            payment = context.Collection<Payment>().Replace(
                PaymentAllocator.Apply(context, payment, plan.Select(m => new PaymentAllocation(m.InvoiceId, m.Amount)), paid));
            matched.AddRange(plan);
            context.RecordEvent("payment.applied", payment);
        }

        InvoiceBook.AnnouncePaid(context, paid);
        var run = new ReconciliationRun
        {
            Id = context.NewId("rec"),
            Status = ReconciliationRunStatus.Completed,
            SubscriberId = request.SubscriberId,
            Matched = matched,
            Unmatched = candidates.Where(id => context.Collection<Payment>().Find(id)!.UnappliedAmount > 0).ToList(),
            CreatedAt = context.Now,
            CompletedAt = context.Now,
        };
        context.Collection<ReconciliationRun>().Add(run);
        context.RecordEvent("reconciliation.completed", run);
        return ApiResult.Accepted(run, $"/api/v1/reconciliation-runs/{run.Id}");
    }

    /// <summary>GET /api/v1/reconciliation-runs/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<ReconciliationRun>(context.Id, "reconciliation run"));

    /// <summary>GET /api/v1/reconciliation-runs: newest first; filter status (and the shared created_after/before).</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(context.Collection<ReconciliationRun>(), r => context.Query.Matches("status", WireJson.Name(r.Status)));

    /// <summary>The receivable invoice whose number is the payment's reference, in its currency and (if it has one) of its subscriber.</summary>
    private static Invoice? ByReference(TenantScope scope, Payment payment) =>
        payment.Reference?.Trim() is { Length: > 0 } reference
            ? scope.Collection<Invoice>().Index(BillingIndexes.InvoicesByNumber).OldestFirst(reference.ToUpperInvariant()).FirstOrDefault(i =>
                string.Equals(i.Number, reference, StringComparison.OrdinalIgnoreCase)
                && i.IsReceivable
                && i.AmountDue > 0
                && i.Currency == payment.Currency
                && (payment.SubscriberId is null || i.SubscriberId == payment.SubscriberId))
            : null;
}
