namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// The body of <c>POST /api/v1/subscribers/import</c>: rows matched on their external id. The API takes up to
/// <see cref="MaxRowsPerCall"/> rows per call; <see cref="ISubscribersClient.ImportAsync"/> takes any number and sends
/// them in batches of that size.
/// </summary>
public sealed partial record ImportSubscribersRequest
{
    /// <summary>The most rows the API accepts in one call (1,000).</summary>
    public const int MaxRowsPerCall = 1000;

    /// <summary>What happens to a row whose external id exists.</summary>
    public required partial ImportMode Mode { get; init; }

    /// <summary>
    /// <see cref="Mode"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Mode"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ModeRaw { get; init; }

    /// <summary>The rows, each validated exactly like a single create: a bad row fails alone, the others go on.</summary>
    public required IReadOnlyList<CreateSubscriberRequest> Subscribers { get; init; }
}
