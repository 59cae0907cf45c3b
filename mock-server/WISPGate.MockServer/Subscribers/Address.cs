namespace WISPGate.MockServer.Subscribers;

/// <summary>A postal address.</summary>
internal sealed record Address(string Line1, string? Line2, string City, string? State, string? PostalCode, string? Country);
