namespace WISPGate.MockServer.Billing;

/// <summary>Body of createBillingProfile.</summary>
internal sealed record CreateBillingProfileRequest(string Name, string Currency, int? BillingDay, int? PaymentTermsDays, int? TaxRateBps);
