using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>A reply or internal note on a ticket (<c>cmt_…</c>).</summary>
internal sealed record TicketComment : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The ticket.</summary>
    public required string TicketId { get; init; }

    /// <summary>Who wrote it.</summary>
    public required string Author { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>Visible to the subscriber (true) or an internal note (false).</summary>
    public required bool Public { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }
}
