namespace WISPGate.MockServer.Subscribers;

/// <summary>Body of createSubscriberContact.</summary>
internal sealed record CreateContactRequest(string Name, string? Email, string? Phone, IReadOnlyList<ContactRole> Roles);
