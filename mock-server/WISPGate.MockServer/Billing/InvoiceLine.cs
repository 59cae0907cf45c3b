namespace WISPGate.MockServer.Billing;

/// <summary>One line of an invoice: <c>amount = quantity × unit_amount</c> (minor units).</summary>
internal sealed record InvoiceLine(string Description, long Quantity, long UnitAmount, long Amount);
