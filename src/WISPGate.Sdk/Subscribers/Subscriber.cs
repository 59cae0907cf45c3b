namespace WISPGate.Sdk.Subscribers;

/// <summary>A WISPGate subscriber: the customer record that billing, provisioning and support hang off.</summary>
public sealed partial record Subscriber
{
    /// <summary>The WISPGate id, <c>sub_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The id in the system this record is synced from (CRM, onboarding form), unique per tenant; <see langword="null"/> when none.</summary>
    public required string? ExternalId { get; init; }

    /// <summary>The subscriber's full name.</summary>
    public required string FullName { get; init; }

    /// <summary>Contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Contact phone number (E.164).</summary>
    public string? Phone { get; init; }

    /// <summary>The lifecycle state; <see cref="SubscriberStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial SubscriberStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The billing profile (<c>bp_…</c>) that invoices this subscriber; <see langword="null"/> when none.</summary>
    public required string? BillingProfileId { get; init; }

    /// <summary>The subscriber's postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>Free-form string labels kept with the record.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>A read-only summary of the subscriber's balance, when the API includes it.</summary>
    public SubscriberBalance? Balance { get; init; }

    /// <summary>When the record was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// When the record last changed (UTC). The API always sends it (the contract requires it, as on every other
    /// resource); it stays nullable and optional here so that code written against 1.0.0 keeps compiling.
    /// </summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
