namespace WISPGate.Sdk.Subscribers;

/// <summary>The body of <c>POST /api/v1/subscribers</c>.</summary>
public sealed partial record CreateSubscriberRequest
{
    /// <summary>The id in your system (CRM, onboarding form); strongly recommended, it prevents duplicates on sync (409 <c>duplicate_subscriber</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The subscriber's full name.</summary>
    public required string FullName { get; init; }

    /// <summary>Contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Contact phone number (E.164).</summary>
    public string? Phone { get; init; }

    /// <summary>The initial lifecycle state, usually <see cref="SubscriberStatus.Prospect"/>.</summary>
    public required partial SubscriberStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>An existing billing profile (<c>bp_…</c>).</summary>
    public string? BillingProfileId { get; init; }

    /// <summary>The subscriber's postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>Free-form string labels to keep with the record.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
