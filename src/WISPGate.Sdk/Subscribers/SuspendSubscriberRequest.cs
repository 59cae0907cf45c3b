namespace WISPGate.Sdk.Subscribers;

/// <summary>The body of <c>POST /api/v1/subscribers/{id}/suspend</c>.</summary>
public sealed record SuspendSubscriberRequest
{
    /// <summary>Why service is paused (kept on the record and its event), e.g. <c>non_payment</c>.</summary>
    public required string Reason { get; init; }
}
