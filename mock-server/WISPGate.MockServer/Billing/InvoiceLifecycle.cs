using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// finalizeInvoice, voidInvoice, markInvoiceUncollectible: draft → open; draft, or open without payments and credits
/// → void; open → uncollectible. Anything else → 409 <c>invalid_state_transition</c>.
/// </summary>
internal static class InvoiceLifecycle
{
    private const string Resource = "invoice";

    /// <summary>POST /api/v1/invoices/{id}/finalize: draft → open, due date from the payment terms unless one was given.</summary>
    public static ApiResult Finalize(OperationContext context)
    {
        var invoice = context.Require<Invoice>(context.Id, Resource);
        if (invoice.Status != InvoiceStatus.Draft)
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(invoice.Status), "finalized");
        }

        return ApiResult.Ok(InvoiceViews.Render(context, InvoiceBook.Finalize(context, invoice, BillingRules.Today(context))));
    }

    /// <summary>POST /api/v1/invoices/{id}/void: a draft, or an open invoice nothing was paid or credited on (its debit is reversed).</summary>
    public static ApiResult Void(OperationContext context)
    {
        var invoice = context.Require<Invoice>(context.Id, Resource);
        if (invoice.Status == InvoiceStatus.Open && (invoice.AmountPaid > 0 || invoice.AmountCredited > 0))
        {
            return ApiResult.InvalidTransition("An invoice with payments or credit notes cannot be voided; refund the payments or void the credit notes first.",
                "status");
        }

        if (invoice.Status is not (InvoiceStatus.Draft or InvoiceStatus.Open))
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(invoice.Status), "voided");
        }

        if (invoice.Status == InvoiceStatus.Open)
        {
            Ledger.Post(context, invoice.SubscriberId, TransactionType.Credit, TransactionSource.Invoice, invoice.Id, invoice.Total, invoice.Currency, $"Invoice {invoice.Number} voided");
        }

        var voided = invoice with { Status = InvoiceStatus.Void, VoidedAt = context.Now, UpdatedAt = context.Now };
        context.Collection<Invoice>().Replace(voided);
        var view = InvoiceViews.Render(context, voided);
        context.RecordEvent("invoice.voided", view);
        return ApiResult.Ok(view);
    }

    /// <summary>POST /api/v1/invoices/{id}/mark-uncollectible: open → uncollectible (still owed and payable).</summary>
    public static ApiResult MarkUncollectible(OperationContext context)
    {
        var invoice = context.Require<Invoice>(context.Id, Resource);
        if (invoice.Status != InvoiceStatus.Open)
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(invoice.Status), "marked uncollectible");
        }

        var written = invoice with { Status = InvoiceStatus.Uncollectible, WrittenOff = true, UpdatedAt = context.Now };
        context.Collection<Invoice>().Replace(written);
        var view = InvoiceViews.Render(context, written);
        context.RecordEvent("invoice.marked_uncollectible", view);
        return ApiResult.Ok(view);
    }
}
