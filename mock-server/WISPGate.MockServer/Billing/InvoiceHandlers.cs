using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>listInvoices, createInvoice, getInvoice. The lifecycle actions are in <see cref="InvoiceLifecycle"/>.</summary>
internal static class InvoiceHandlers
{
    /// <summary>GET /api/v1/invoices: filters subscriber_id, status, overdue, created_after/before.</summary>
    public static ApiResult List(OperationContext context)
    {
        var overdue = context.Query.Boolean("overdue");
        var today = BillingRules.Today(context);
        return context.Page(
            context.Collection<Invoice>().Where(BillingIndexes.InvoicesBySubscriber, context.Query.List("subscriber_id")),
            i => context.Query.Matches("subscriber_id", i.SubscriberId)
                && context.Query.Matches("status", WireJson.Name(i.Status))
                && (overdue is null || i.IsOverdueOn(today) == overdue),
            i => InvoiceViews.Render(context, i));
    }

    /// <summary>
    /// POST /api/v1/invoices: a draft (or, with <c>finalize: true</c>, an open invoice) for an existing subscriber, in the
    /// subscriber's currency, tax from its billing profile (0 without one).
    /// </summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateInvoiceRequest>();
        var subscriber = context.RequireReference<Subscriber>("subscriber_id", request.SubscriberId, "subscriber");

        if ((request.Currency ?? BillingCurrency.Of(context, subscriber.Id)) is not { } currency)
        {
            return ApiResult.Invalid("currency", "required", "The subscriber has no billing profile: give the invoice's currency.");
        }

        if (BillingCurrency.Mismatch(context, subscriber.Id, currency, "currency") is { } mismatch)
        {
            return mismatch;
        }

        var lines = new List<InvoiceLine>();
        var subtotal = 0L;
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var input = request.Lines[i];
            var quantity = input.Quantity ?? 1;
            var amount = (Int128)quantity * input.UnitAmount;
            if (amount > BillingRules.MaxAmount || subtotal + amount > BillingRules.MaxAmount)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"lines[{i}].unit_amount");
                return ApiResult.Invalid(field, "amount_too_large", $"An invoice may total at most {BillingRules.MaxAmount} minor units before tax.");
            }

            lines.Add(new InvoiceLine(input.Description, quantity, input.UnitAmount, (long)amount));
            subtotal += (long)amount;
        }

        var taxRate = BillingCurrency.Profile(context, subscriber.Id)?.TaxRateBps ?? 0;
        var invoice = InvoiceBook.Draft(context, subscriber.Id, null, lines, currency, taxRate, request.DueDate);
        if (request.Finalize == true)
        {
            invoice = InvoiceBook.Finalize(context, invoice, BillingRules.Today(context));
        }

        return ApiResult.Created(InvoiceViews.Render(context, invoice), $"/api/v1/invoices/{invoice.Id}");
    }

    /// <summary>GET /api/v1/invoices/{id}.</summary>
    public static ApiResult Get(OperationContext context) =>
        ApiResult.Ok(InvoiceViews.Render(context, context.Require<Invoice>(context.Id, "invoice")));
}
