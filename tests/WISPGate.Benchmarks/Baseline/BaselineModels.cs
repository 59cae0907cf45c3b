namespace WISPGate.Benchmarks.Baseline;

// The baseline's own tiny models: the same fields as the SDK's, deserialized with the same
// source-generated, snake_case System.Text.Json settings (BaselineJsonContext).
#pragma warning disable CA1812 // Instantiated by the JSON source generator.

internal sealed class BaselineSubscriber
{
    public string Id { get; set; } = "";

    public string? ExternalId { get; set; }

    public string FullName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string Status { get; set; } = "";

    public string? BillingProfileId { get; set; }

    public BaselineAddress? Address { get; set; }

    public Dictionary<string, string>? Metadata { get; set; }

    public BaselineBalance? Balance { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}

internal sealed class BaselineAddress
{
    public string Line1 { get; set; } = "";

    public string? Line2 { get; set; }

    public string City { get; set; } = "";

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

internal sealed class BaselineBalance
{
    public string SubscriberId { get; set; } = "";

    public long Balance { get; set; }

    public long Credit { get; set; }

    public long Outstanding { get; set; }

    public string Currency { get; set; } = "";

    public bool HasOverdueInvoice { get; set; }
}

internal sealed class BaselineCreateSubscriber
{
    public string? ExternalId { get; set; }

    public string FullName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string Status { get; set; } = "";

    public string? BillingProfileId { get; set; }

    public BaselineAddress? Address { get; set; }

    public Dictionary<string, string>? Metadata { get; set; }
}

internal sealed class BaselineEnvelope
{
    public bool Success { get; set; }

    public BaselineSubscriber? Data { get; set; }

    public BaselineMeta? Meta { get; set; }
}

internal sealed class BaselineListEnvelope
{
    public bool Success { get; set; }

    public List<BaselineSubscriber>? Data { get; set; }

    public BaselineMeta? Meta { get; set; }
}

internal sealed class BaselineMeta
{
    public string? RequestId { get; set; }

    public BaselinePagination? Pagination { get; set; }
}

internal sealed class BaselinePagination
{
    public int Limit { get; set; }

    public string? NextCursor { get; set; }

    public bool HasMore { get; set; }
}
