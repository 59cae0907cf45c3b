using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Subscribers;

/// <summary>A subscriber (<c>sub_…</c>): the customer every service, invoice and ticket hangs off.</summary>
internal sealed record Subscriber : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The id in the integrator's CRM; unique per tenant. Always written (the contract requires it, null or not).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ExternalId { get; init; }

    /// <summary>Full name.</summary>
    public required string FullName { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Lifecycle state.</summary>
    public required SubscriberStatus Status { get; init; }

    /// <summary>The billing profile; always written (required, nullable).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? BillingProfileId { get; init; }

    /// <summary>Billing address.</summary>
    public Address? Address { get; init; }

    /// <summary>Integrator key/value pairs.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Financial summary; filled in when rendered (<see cref="SubscriberViews"/>), not stored.</summary>
    public SubscriberBalance? Balance { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
