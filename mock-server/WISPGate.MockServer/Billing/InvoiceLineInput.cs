namespace WISPGate.MockServer.Billing;

/// <summary>One line of createInvoice (quantity defaults to 1).</summary>
internal sealed record InvoiceLineInput(string Description, long? Quantity, long UnitAmount);
