namespace WISPGate.Sdk.Subscribers;

/// <summary>A person to reach about a subscriber's account.</summary>
public sealed partial record Contact
{
    /// <summary>The WISPGate id, <c>con_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>) this contact belongs to.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The contact's name.</summary>
    public required string Name { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number (E.164).</summary>
    public string? Phone { get; init; }

    /// <summary>What the contact is reached for.</summary>
    public required partial IReadOnlyList<ContactRole> Roles { get; init; }

    /// <summary>
    /// <see cref="Roles"/> its items as wire strings, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Roles"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial IReadOnlyList<string>? RolesRaw { get; init; }

    /// <summary>When the contact was added (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
