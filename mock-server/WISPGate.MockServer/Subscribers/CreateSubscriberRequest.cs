namespace WISPGate.MockServer.Subscribers;

/// <summary>Body of createSubscriber (shape and formats already checked against the contract).</summary>
internal sealed record CreateSubscriberRequest(
    string? ExternalId,
    string FullName,
    string? Email,
    string? Phone,
    SubscriberStatus Status,
    string? BillingProfileId,
    Address? Address,
    IReadOnlyDictionary<string, string>? Metadata);
