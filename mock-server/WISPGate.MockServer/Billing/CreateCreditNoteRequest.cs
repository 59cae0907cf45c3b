namespace WISPGate.MockServer.Billing;

/// <summary>Body of createCreditNote.</summary>
internal sealed record CreateCreditNoteRequest(string InvoiceId, long Amount, string Reason);
