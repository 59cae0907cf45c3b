namespace WISPGate.Sdk.Subscribers;

/// <summary>The body of <c>POST /api/v1/subscribers/{id}/contacts</c>.</summary>
public sealed partial record CreateContactRequest
{
    /// <summary>The contact's name.</summary>
    public required string Name { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number (E.164).</summary>
    public string? Phone { get; init; }

    /// <summary>What the contact is reached for (at least one role).</summary>
    public required partial IReadOnlyList<ContactRole> Roles { get; init; }
}
