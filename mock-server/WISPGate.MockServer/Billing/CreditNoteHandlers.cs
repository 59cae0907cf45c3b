using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// listCreditNotes, createCreditNote, getCreditNote, voidCreditNote. A credit note lowers an open or uncollectible
/// invoice's amount due (a ledger credit; the invoice becomes paid at 0); voiding it reverses both (a paid invoice reopens).
/// </summary>
internal static class CreditNoteHandlers
{
    private const string Resource = "credit note";

    /// <summary>GET /api/v1/credit-notes: filters subscriber_id, invoice_id, status.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<CreditNote>().Where(BillingIndexes.CreditNotesBySubscriber, context.Query.List("subscriber_id")),
            c => context.Query.Matches("subscriber_id", c.SubscriberId)
                && context.Query.Matches("invoice_id", c.InvoiceId)
                && context.Query.Matches("status", WireJson.Name(c.Status)));

    /// <summary>POST /api/v1/credit-notes: unknown invoice → 422; not open or uncollectible → 409; more than its amount due → 422.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateCreditNoteRequest>();
        var invoice = context.RequireReference<Invoice>("invoice_id", request.InvoiceId, "invoice");

        if (!invoice.IsReceivable)
        {
            return InvoiceBook.NotReceivable(invoice, "credited", "invoice_id");
        }

        if (request.Amount > invoice.AmountDue)
        {
            return ApiResult.Invalid("amount", "exceeds_amount_due", $"Invoice {invoice.Number} has {BillingRules.Show(invoice.AmountDue, invoice.Currency)} due.");
        }

        var note = new CreditNote
        {
            Id = context.NewId("cn"),
            InvoiceId = invoice.Id,
            SubscriberId = invoice.SubscriberId,
            Amount = request.Amount,
            Currency = invoice.Currency,
            Reason = request.Reason,
            Status = CreditNoteStatus.Issued,
            CreatedAt = context.Now,
        };
        Ledger.Post(context, note.SubscriberId, TransactionType.Credit, TransactionSource.CreditNote, note.Id, note.Amount, note.Currency, $"Credit note {note.Id} on invoice {invoice.Number}");
        context.Collection<CreditNote>().Add(note);
        var paid = InvoiceBook.Credit(context, invoice.Id, note.Amount);
        context.RecordEvent("credit_note.issued", note);
        InvoiceBook.AnnouncePaid(context, paid ? [invoice.Id] : []);
        return ApiResult.Created(note, $"/api/v1/credit-notes/{note.Id}");
    }

    /// <summary>GET /api/v1/credit-notes/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<CreditNote>(context.Id, Resource));

    /// <summary>POST /api/v1/credit-notes/{id}/void: issued → void; the invoice owes the amount again.</summary>
    public static ApiResult Void(OperationContext context)
    {
        var note = context.Require<CreditNote>(context.Id, Resource);
        if (note.Status != CreditNoteStatus.Issued)
        {
            return ApiResult.InvalidTransition(Resource, "void", "voided");
        }

        Ledger.Post(context, note.SubscriberId, TransactionType.Debit, TransactionSource.CreditNote, note.Id, note.Amount, note.Currency, $"Credit note {note.Id} voided");
        InvoiceBook.Uncredit(context, note.InvoiceId, note.Amount);
        var voided = note with { Status = CreditNoteStatus.Void, VoidedAt = context.Now };
        return context.Updated(voided, "credit_note.voided");
    }
}
