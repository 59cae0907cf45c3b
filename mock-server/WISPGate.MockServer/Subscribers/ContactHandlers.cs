using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Subscribers;

/// <summary>
/// listSubscriberContacts, createSubscriberContact, deleteSubscriberContact. Contacts are part of the subscriber's
/// account: a change touches the subscriber and records <c>subscriber.updated</c>.
/// </summary>
internal static class ContactHandlers
{
    /// <summary>GET /api/v1/subscribers/{id}/contacts.</summary>
    public static ApiResult List(OperationContext context)
    {
        var subscriber = context.Require<Subscriber>(context.Id, "subscriber");
        return context.Page(context.Collection<Contact>().Where(SubscriberIndexes.ContactsBySubscriber, subscriber.Id), c => c.SubscriberId == subscriber.Id);
    }

    /// <summary>POST /api/v1/subscribers/{id}/contacts.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var subscriber = context.Require<Subscriber>(context.Id, "subscriber");
        var request = context.ReadBody<CreateContactRequest>();
        var contact = new Contact
        {
            Id = context.NewId("con"),
            SubscriberId = subscriber.Id,
            Name = request.Name,
            Email = request.Email,
            Phone = request.Phone,
            Roles = request.Roles,
            CreatedAt = context.Now,
        };
        context.Collection<Contact>().Add(contact);
        Touch(context, subscriber);
        return ApiResult.Created(contact, $"/api/v1/subscribers/{subscriber.Id}/contacts/{contact.Id}");
    }

    /// <summary>DELETE /api/v1/subscribers/{id}/contacts/{contact_id}.</summary>
    public static ApiResult Delete(OperationContext context)
    {
        var subscriber = context.Require<Subscriber>(context.Id, "subscriber");
        var contactId = context.PathParameter("contact_id");
        var contacts = context.Collection<Contact>();
        if (contacts.Find(contactId) is not { } contact || contact.SubscriberId != subscriber.Id)
        {
            return ApiResult.Failure(404, ErrorCodes.NotFound, $"No contact with id '{contactId}' exists for this subscriber.", "contact_id");
        }

        contacts.Remove(contact.Id);
        Touch(context, subscriber);
        return ApiResult.NoContent();
    }

    private static void Touch(OperationContext context, Subscriber subscriber)
    {
        var touched = subscriber with { UpdatedAt = context.Now };
        context.Collection<Subscriber>().Replace(touched);
        context.RecordEvent("subscriber.updated", SubscriberViews.Render(context, touched));
    }
}
