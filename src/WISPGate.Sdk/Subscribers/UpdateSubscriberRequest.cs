namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The body of <c>PATCH /api/v1/subscribers/{id}</c>. Only the properties you set are sent;
/// the lifecycle state changes through the action methods (activate, suspend, …), not here.
/// </summary>
public sealed record UpdateSubscriberRequest
{
    /// <summary>A new external id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>A new full name.</summary>
    public string? FullName { get; init; }

    /// <summary>A new e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>A new phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>A new billing profile (<c>bp_…</c>).</summary>
    public string? BillingProfileId { get; init; }

    /// <summary>A new postal address (replaces the whole address).</summary>
    public Address? Address { get; init; }

    /// <summary>New labels (replaces the whole map).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
