using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Support;

/// <summary>
/// listTickets, createTicket, getTicket, updateTicket, listTicketComments, createTicketComment. The lifecycle is
/// <see cref="TicketLifecycle"/>; a closed ticket accepts no change and no comment (409 <c>invalid_state_transition</c>).
/// Events <c>ticket.created</c>, <c>ticket.updated</c> (every accepted PATCH) and <c>ticket.commented</c> (the ticket
/// with its new comment count).
/// </summary>
internal static class TicketHandlers
{
    private const string Resource = "ticket";

    /// <summary>GET /api/v1/tickets: filters status, priority, subscriber_id, assignee, q, created_after/before.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Ticket>().Where(SupportIndexes.TicketsBySubscriber, context.Query.Get("subscriber_id")),
            t => context.Query.Matches("status", WireJson.Name(t.Status))
                && context.Query.Matches("priority", WireJson.Name(t.Priority))
                && (context.Query.Get("subscriber_id") is not { } subscriber || subscriber == t.SubscriberId)
                && (context.Query.Get("assignee") is not { } assignee || assignee == t.Assignee)
                && context.Query.Search("q", t.Subject, t.Description));

    /// <summary>POST /api/v1/tickets: a <c>new</c> ticket; subscriber and service must exist and belong together.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateTicketRequest>();
        if (request.SubscriberId is { } subscriberId)
        {
            context.RequireReference<Subscriber>("subscriber_id", subscriberId, "subscriber");
        }

        if (InvalidService(context, request.ServiceId, request.SubscriberId) is { } invalid)
        {
            return invalid;
        }

        var ticket = new Ticket
        {
            Id = context.NewId("tkt"),
            Subject = request.Subject,
            Description = request.Description,
            SubscriberId = request.SubscriberId,
            ServiceId = request.ServiceId,
            Status = TicketStatus.New,
            Priority = request.Priority ?? TicketPriority.Normal,
            Assignee = request.Assignee,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        return context.Created(ticket, "ticket.created", $"/api/v1/tickets/{ticket.Id}");
    }

    /// <summary>GET /api/v1/tickets/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Ticket>(context.Id, Resource));

    /// <summary>PATCH /api/v1/tickets/{id}: merge patch with the lifecycle enforced.</summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<Ticket>(context.Id, Resource);
        if (current.Status == TicketStatus.Closed)
        {
            return ApiResult.InvalidTransition(Resource, "closed", "changed");
        }

        var updated = context.MergePatch(current) with { UpdatedAt = context.Now };
        if (!TicketLifecycle.Allows(current.Status, updated.Status))
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(current.Status), $"moved to {WireJson.Name(updated.Status)}");
        }

        if (updated.ServiceId != current.ServiceId && InvalidService(context, updated.ServiceId, updated.SubscriberId) is { } invalid)
        {
            return invalid;
        }

        if (updated.Status != current.Status)
        {
            updated = updated with
            {
                ResolvedAt = updated.Status == TicketStatus.Resolved ? context.Now : updated.Status == TicketStatus.Closed ? current.ResolvedAt : null,
                ClosedAt = updated.Status == TicketStatus.Closed ? context.Now : null,
            };
        }

        return context.Updated(updated, "ticket.updated");
    }

    /// <summary>GET /api/v1/tickets/{id}/comments.</summary>
    public static ApiResult ListComments(OperationContext context)
    {
        var ticket = context.Require<Ticket>(context.Id, Resource);
        return context.Page(context.Collection<TicketComment>().Where(SupportIndexes.CommentsByTicket, ticket.Id), c => c.TicketId == ticket.Id);
    }

    /// <summary>POST /api/v1/tickets/{id}/comments: a public reply or (default) an internal note.</summary>
    public static ApiResult CreateComment(OperationContext context)
    {
        var ticket = context.Require<Ticket>(context.Id, Resource);
        if (ticket.Status == TicketStatus.Closed)
        {
            return ApiResult.InvalidTransition(Resource, "closed", "commented on");
        }

        var request = context.ReadBody<CreateTicketCommentRequest>();
        var comment = context.Collection<TicketComment>().Add(new TicketComment
        {
            Id = context.NewId("cmt"),
            TicketId = ticket.Id,
            Author = request.Author,
            Body = request.Body,
            Public = request.Public ?? false,
            CreatedAt = context.Now,
        });
        var commented = ticket with { CommentCount = ticket.CommentCount + 1, UpdatedAt = context.Now };
        context.Collection<Ticket>().Replace(commented);
        context.RecordEvent("ticket.commented", commented);
        return ApiResult.Created(comment, $"/api/v1/tickets/{ticket.Id}/comments/{comment.Id}");
    }

    private static ApiResult? InvalidService(OperationContext context, string? serviceId, string? subscriberId)
    {
        if (serviceId is null)
        {
            return null;
        }

        var service = context.RequireReference<Service>("service_id", serviceId, "service");
        return subscriberId is not null && service.SubscriberId != subscriberId
            ? ApiResult.Invalid("service_id", "wrong_subscriber", $"Service '{serviceId}' belongs to another subscriber.")
            : null;
    }
}
