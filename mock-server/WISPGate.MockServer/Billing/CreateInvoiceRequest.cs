namespace WISPGate.MockServer.Billing;

/// <summary>Body of createInvoice.</summary>
internal sealed record CreateInvoiceRequest(
    string SubscriberId,
    IReadOnlyList<InvoiceLineInput> Lines,
    string? Currency,
    DateOnly? DueDate,
    bool? Finalize);
