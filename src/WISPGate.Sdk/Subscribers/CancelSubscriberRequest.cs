namespace WISPGate.Sdk.Subscribers;

/// <summary>The body of <c>POST /api/v1/subscribers/{id}/cancel</c>.</summary>
public sealed record CancelSubscriberRequest
{
    /// <summary>Why the subscriber leaves (optional).</summary>
    public string? Reason { get; init; }
}
