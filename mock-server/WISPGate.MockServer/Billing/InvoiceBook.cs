using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// The money rules of invoices, shared by the invoice, subscription, payment and credit note handlers and the clock:
/// numbering, totals, finalization (with its ledger debit), and the effect of payments and credits on status
/// (open or uncollectible → paid when nothing is due; paid → reopened when money is taken back).
/// </summary>
internal static class InvoiceBook
{
    /// <summary>Creates a draft from lines (totals computed, tax from <paramref name="taxRateBps"/>) and records <c>invoice.created</c>.</summary>
    public static Invoice Draft(
        TenantScope scope,
        string subscriberId,
        string? subscriptionId,
        IReadOnlyList<InvoiceLine> lines,
        string currency,
        int taxRateBps,
        DateOnly? requestedDueDate)
    {
        var subtotal = lines.Sum(l => l.Amount);
        var tax = Tax(subtotal, taxRateBps);
        var invoice = new Invoice
        {
            Id = scope.NewId("inv"),
            Number = NextNumber(scope),
            SubscriberId = subscriberId,
            SubscriptionId = subscriptionId,
            Lines = lines,
            Subtotal = subtotal,
            Tax = tax,
            TaxRateBps = taxRateBps,
            Total = subtotal + tax,
            Currency = currency,
            DueDate = requestedDueDate ?? BillingRules.Today(scope).AddDays(PaymentTermsDays(scope, subscriberId, subscriptionId)),
            RequestedDueDate = requestedDueDate,
            Status = InvoiceStatus.Draft,
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
        };
        scope.Collection<Invoice>().Add(invoice);
        scope.RecordEvent("invoice.created", InvoiceViews.Render(scope, invoice));
        return invoice;
    }

    /// <summary>
    /// <c>round(subtotal × bps / 10000)</c>, half away from zero (amounts are never negative, so: half up), computed
    /// exactly.
    /// </summary>
    public static long Tax(long subtotal, int taxRateBps) => (long)(((Int128)subtotal * taxRateBps + 5000) / 10000);

    /// <summary>
    /// Issues a draft on <paramref name="issueDate"/>: ledger debit of the total, status open (paid at once when nothing
    /// is due), due date as requested or issue date + payment terms; records <c>invoice.finalized</c> (and <c>invoice.paid</c>).
    /// </summary>
    public static Invoice Finalize(TenantScope scope, Invoice draft, DateOnly issueDate)
    {
        Ledger.Post(scope, draft.SubscriberId, TransactionType.Debit, TransactionSource.Invoice, draft.Id, draft.Total, draft.Currency, $"Invoice {draft.Number} finalized");
        var open = draft with
        {
            Status = InvoiceStatus.Open,
            DueDate = draft.RequestedDueDate ?? issueDate.AddDays(PaymentTermsDays(scope, draft.SubscriberId, draft.SubscriptionId)),
            FinalizedAt = scope.Now,
            UpdatedAt = scope.Now,
        };
        var settled = Settle(scope, open);
        scope.RecordEvent("invoice.finalized", InvoiceViews.Render(scope, settled));
        if (settled.Status == InvoiceStatus.Paid)
        {
            scope.RecordEvent("invoice.paid", InvoiceViews.Render(scope, settled));
        }

        return settled;
    }

    /// <summary>Adds a payment allocation to an invoice; true when it became paid.</summary>
    public static bool Pay(TenantScope scope, string invoiceId, long amount) =>
        Change(scope, invoiceId, i => i with { AmountPaid = i.AmountPaid + amount });

    /// <summary>Takes back part of a payment allocation (refund); a paid invoice reopens.</summary>
    public static void Unpay(TenantScope scope, string invoiceId, long amount) =>
        Change(scope, invoiceId, i => i with { AmountPaid = i.AmountPaid - amount });

    /// <summary>Adds an issued credit note; true when the invoice became paid.</summary>
    public static bool Credit(TenantScope scope, string invoiceId, long amount) =>
        Change(scope, invoiceId, i => i with { AmountCredited = i.AmountCredited + amount });

    /// <summary>Takes back a voided credit note; a paid invoice reopens.</summary>
    public static void Uncredit(TenantScope scope, string invoiceId, long amount) =>
        Change(scope, invoiceId, i => i with { AmountCredited = i.AmountCredited - amount });

    /// <summary>Records <c>invoice.paid</c> for invoices that became paid (after the event of the action that paid them).</summary>
    public static void AnnouncePaid(TenantScope scope, IEnumerable<string> invoiceIds)
    {
        foreach (var id in invoiceIds.Distinct(StringComparer.Ordinal))
        {
            scope.RecordEvent("invoice.paid", InvoiceViews.Render(scope, scope.Collection<Invoice>().Find(id)!));
        }
    }

    /// <summary>409 <c>invalid_state_transition</c>: "Invoice INV-0001 is paid; only open or uncollectible invoices can be paid."</summary>
    public static ApiResult NotReceivable(Invoice invoice, string action, string field) =>
        ApiResult.InvalidTransition($"Invoice {invoice.Number} is {WireJson.Name(invoice.Status)}; only open or uncollectible invoices can be {action}.", field);

    private static bool Change(TenantScope scope, string invoiceId, Func<Invoice, Invoice> change)
    {
        var before = scope.Collection<Invoice>().Find(invoiceId)!;
        var after = Settle(scope, change(before) with { UpdatedAt = scope.Now });
        return before.Status != InvoiceStatus.Paid && after.Status == InvoiceStatus.Paid;
    }

    /// <summary>Applies the status that follows from the amounts, stores the invoice and returns it.</summary>
    private static Invoice Settle(TenantScope scope, Invoice invoice)
    {
        var settled = invoice switch
        {
            { IsReceivable: true, AmountDue: 0 } => invoice with { Status = InvoiceStatus.Paid, PaidAt = scope.Now },
            { Status: InvoiceStatus.Paid, AmountDue: > 0 } => invoice with
            {
                Status = invoice.WrittenOff ? InvoiceStatus.Uncollectible : InvoiceStatus.Open,
                PaidAt = null,
            },
            _ => invoice,
        };
        return scope.Collection<Invoice>().Replace(settled);
    }

    private static int PaymentTermsDays(TenantScope scope, string subscriberId, string? subscriptionId)
    {
        var profile = subscriptionId is not null && scope.Collection<Subscription>().Find(subscriptionId) is { } subscription
            ? scope.Collection<BillingProfile>().Find(subscription.BillingProfileId)
            : BillingCurrency.Profile(scope, subscriberId);
        return profile?.PaymentTermsDays ?? BillingRules.DefaultPaymentTermsDays;
    }

    private static string NextNumber(TenantScope scope)
    {
        var invoices = scope.Collection<Invoice>();
        var taken = invoices.Index(BillingIndexes.InvoicesByNumber);
        var next = invoices.Count + 1;
        string number;
        while (taken.Any(number = string.Create(CultureInfo.InvariantCulture, $"INV-{next:D6}")))
        {
            next++;
        }

        return number;
    }
}
