using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Allocation of payment money to invoices, shared by createPayment, applyPayment and reconciliation. An allocation
/// goes to an open or uncollectible invoice (another state → 409 <c>invalid_state_transition</c>) of the payment's
/// subscriber in the payment's currency (else 422), never beyond the invoice's amount due nor the money available (422).
/// </summary>
internal static class PaymentAllocator
{
    /// <summary>
    /// Checks explicit allocations of <paramref name="available"/> money; <paramref name="owner"/> is the payment's
    /// subscriber afterwards (a payment without one takes the invoices' subscriber). Null when they are acceptable.
    /// </summary>
    public static ApiResult? Check(
        TenantScope scope,
        string? subscriberId,
        string currency,
        long available,
        IReadOnlyList<PaymentAllocation> allocations,
        out string? owner)
    {
        owner = subscriberId;
        var perInvoice = new Dictionary<string, long>(StringComparer.Ordinal);
        var allocated = 0L;
        for (var i = 0; i < allocations.Count; i++)
        {
            var allocation = allocations[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"allocations[{i}]");
            if (scope.Collection<Invoice>().Find(allocation.InvoiceId) is not { } invoice)
            {
                return ApiResult.UnknownReference($"{field}.invoice_id", "invoice", allocation.InvoiceId);
            }

            if (!invoice.IsReceivable)
            {
                return InvoiceBook.NotReceivable(invoice, "paid", $"{field}.invoice_id");
            }

            if (invoice.Currency != currency)
            {
                return ApiResult.Invalid($"{field}.invoice_id", "currency_mismatch", $"Invoice {invoice.Number} is in {invoice.Currency}, the payment in {currency}.");
            }

            owner ??= invoice.SubscriberId;
            if (invoice.SubscriberId != owner)
            {
                return ApiResult.Invalid($"{field}.invoice_id", "subscriber_mismatch", $"Invoice {invoice.Number} belongs to another subscriber than the payment.");
            }

            if (allocation.Amount > available - allocated)
            {
                return ApiResult.Invalid(
                    $"{field}.amount",
                    "exceeds_available",
                    $"The allocations add up to more than the {BillingRules.Show(available, currency)} available.");
            }

            allocated += allocation.Amount;
            perInvoice[invoice.Id] = perInvoice.GetValueOrDefault(invoice.Id) + allocation.Amount;
            if (perInvoice[invoice.Id] > invoice.AmountDue)
            {
                return ApiResult.Invalid(
                    $"{field}.amount",
                    "exceeds_amount_due",
                    $"Invoice {invoice.Number} has {BillingRules.Show(invoice.AmountDue, invoice.Currency)} due.");
            }
        }

        return null;
    }

    /// <summary>
    /// Allocations of <paramref name="available"/> money to the subscriber's open and uncollectible invoices in
    /// <paramref name="currency"/>, oldest due date first (then oldest invoice), leaving out <paramref name="except"/>;
    /// what is left stays unapplied.
    /// </summary>
    public static IReadOnlyList<PaymentAllocation> OldestDueFirst(TenantScope scope, string subscriberId, string currency, long available, string? except = null)
    {
        var plan = new List<PaymentAllocation>();
        var invoices = scope.Collection<Invoice>().Index(BillingIndexes.InvoicesBySubscriber).OldestFirst(subscriberId)
            .Where(i => i.IsReceivable && i.AmountDue > 0 && i.Currency == currency && i.Id != except)
            .OrderBy(i => i.DueDate);
        foreach (var invoice in invoices)
        {
            if (available == 0)
            {
                break;
            }

            var amount = Math.Min(available, invoice.AmountDue);
            plan.Add(new PaymentAllocation(invoice.Id, amount));
            available -= amount;
        }

        return plan;
    }

    /// <summary>
    /// Applies checked allocations: the invoices' amount paid grows (those reaching 0 due become paid and are added to
    /// <paramref name="paidInvoices"/>); the payment's allocations are merged per invoice. Returns the payment (not stored).
    /// </summary>
    public static Payment Apply(TenantScope scope, Payment payment, IEnumerable<PaymentAllocation> allocations, ICollection<string> paidInvoices)
    {
        var merged = payment.Allocations.ToList();
        foreach (var allocation in allocations)
        {
            if (InvoiceBook.Pay(scope, allocation.InvoiceId, allocation.Amount))
            {
                paidInvoices.Add(allocation.InvoiceId);
            }

            var index = merged.FindIndex(a => a.InvoiceId == allocation.InvoiceId);
            if (index < 0)
            {
                merged.Add(allocation);
            }
            else
            {
                merged[index] = merged[index] with { Amount = merged[index].Amount + allocation.Amount };
            }
        }

        return payment with { Allocations = merged };
    }

    /// <summary>
    /// Gives an unidentified payment its subscriber: the payment (and each refund made so far) enters the subscriber's
    /// ledger now. Posts before changing anything else. Returns the payment (not stored).
    /// </summary>
    public static Payment Assign(TenantScope scope, Payment payment, string subscriberId)
    {
        Ledger.Post(scope, subscriberId, TransactionType.Credit, TransactionSource.Payment, payment.Id, payment.Amount, payment.Currency, PaymentDescription(payment));
        foreach (var refund in scope.Collection<Refund>().Index(BillingIndexes.RefundsByPayment).OldestFirst(payment.Id).ToList())
        {
            Ledger.Post(scope, subscriberId, TransactionType.Debit, TransactionSource.Refund, refund.Id, refund.Amount, refund.Currency, $"Refund of payment {payment.Id}");
        }

        return payment with { SubscriberId = subscriberId };
    }

    /// <summary>The ledger description of a payment.</summary>
    public static string PaymentDescription(Payment payment) =>
        $"Payment {payment.Id} ({WireJson.Name(payment.Method)}{(payment.Reference is { } reference ? ", " + reference : string.Empty)})";
}
