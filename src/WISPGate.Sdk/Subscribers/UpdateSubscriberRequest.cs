namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The body of <c>PATCH /api/v1/subscribers/{id}</c>. Only the properties you assign are sent;
/// assigning <see langword="null"/> clears a field (<see cref="PatchRequest"/>). The lifecycle state
/// changes through the action methods (activate, suspend, …), not here.
/// </summary>
public sealed record UpdateSubscriberRequest : PatchRequest
{
    /// <summary>A new external id (unique per tenant); <see langword="null"/> clears it.</summary>
    public string? ExternalId { get => Get<string?>(); set => Set(value); }

    /// <summary>A new full name (cannot be cleared).</summary>
    public string? FullName { get => Get<string?>(); set => Set(value); }

    /// <summary>A new e-mail address; <see langword="null"/> clears it.</summary>
    public string? Email { get => Get<string?>(); set => Set(value); }

    /// <summary>A new phone number; <see langword="null"/> clears it.</summary>
    public string? Phone { get => Get<string?>(); set => Set(value); }

    /// <summary>A new billing profile (<c>bp_…</c>); <see langword="null"/> detaches it.</summary>
    public string? BillingProfileId { get => Get<string?>(); set => Set(value); }

    /// <summary>A new postal address (replaces the whole address); <see langword="null"/> clears it.</summary>
    public Address? Address { get => Get<Address?>(); set => Set(value); }

    /// <summary>New labels (replaces the whole map).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get => Get<IReadOnlyDictionary<string, string>?>(); set => Set(value); }
}
