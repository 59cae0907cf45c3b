namespace WISPGate.Sdk.Support;

/// <summary>A comment on a ticket: a public reply or an internal note.</summary>
public sealed record TicketComment
{
    /// <summary>The WISPGate id, <c>cmt_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The ticket (<c>tkt_…</c>) the comment belongs to.</summary>
    public required string TicketId { get; init; }

    /// <summary>Who wrote it.</summary>
    public required string Author { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>Visible to the subscriber (portal, e-mail) when <see langword="true"/>; an internal note when <see langword="false"/>.</summary>
    public required bool Public { get; init; }

    /// <summary>When the comment was written (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
