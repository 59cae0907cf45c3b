using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The outcome of one import row, by its position in the rows given.</summary>
public sealed partial record ImportRowResult
{
    /// <summary>The row's position (0-based) in the rows given to <see cref="ISubscribersClient.ImportAsync"/>, across every batch.</summary>
    public required int Index { get; init; }

    /// <summary>What happened to the row.</summary>
    public required partial ImportRowStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The subscriber id (<c>sub_…</c>) unless the row failed.</summary>
    public string? Id { get; init; }

    /// <summary>Why the row failed: the error a single create would have answered (code, message, field).</summary>
    public ApiError? Error { get; init; }
}
