using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>The API representation of an invoice: the stored record with <c>overdue</c> computed for today.</summary>
internal static class InvoiceViews
{
    /// <summary>Renders an invoice.</summary>
    public static Invoice Render(TenantScope scope, Invoice invoice) =>
        invoice with { Overdue = invoice.IsOverdueOn(BillingRules.Today(scope)) };
}
