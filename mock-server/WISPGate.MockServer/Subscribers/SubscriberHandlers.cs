using WISPGate.MockServer.Billing;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Subscribers;

/// <summary>listSubscribers, createSubscriber, getSubscriber, updateSubscriber, deleteSubscriber.</summary>
internal static class SubscriberHandlers
{
    private const string Resource = "subscriber";

    /// <summary>GET /api/v1/subscribers: filters status, external_id, q, created_after/before.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Subscriber>().Where(SubscriberIndexes.SubscribersByExternalId, context.Query.List("external_id")),
            s => context.Query.Matches("status", WireJson.Name(s.Status))
                && context.Query.Matches("external_id", s.ExternalId)
                && context.Query.Search("q", s.FullName, s.Email, s.Phone, s.ExternalId),
            s => SubscriberViews.Render(context, s));

    /// <summary>POST /api/v1/subscribers.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateSubscriberRequest>();
        if (RefuseNew(context, request) is { } refused)
        {
            return refused;
        }

        if (IsTaken(context, request.ExternalId, exceptId: null))
        {
            return Duplicate();
        }

        var view = Insert(context, request);
        return ApiResult.Created(view, $"/api/v1/subscribers/{view.Id}");
    }

    /// <summary>
    /// The business rules of a create that do not depend on other subscribers (status prospect or active, an existing
    /// billing profile); null when the request passes them. Shared by createSubscriber and importSubscribers.
    /// </summary>
    public static ApiResult? RefuseNew(OperationContext context, CreateSubscriberRequest request) =>
        request.Status is not (SubscriberStatus.Prospect or SubscriberStatus.Active)
            ? ApiResult.Invalid("status", "invalid_value", "A new subscriber starts as prospect or active.")
            : UnknownBillingProfile(context, request.BillingProfileId);

    /// <summary>Stores a new subscriber from a checked request and records <c>subscriber.created</c>; returns its view.</summary>
    public static Subscriber Insert(OperationContext context, CreateSubscriberRequest request)
    {
        var subscriber = new Subscriber
        {
            Id = context.NewId("sub"),
            ExternalId = request.ExternalId,
            FullName = request.FullName,
            Email = request.Email,
            Phone = request.Phone,
            Status = request.Status,
            BillingProfileId = request.BillingProfileId,
            Address = request.Address,
            Metadata = request.Metadata ?? new Dictionary<string, string>(),
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        context.Collection<Subscriber>().Add(subscriber);
        var view = SubscriberViews.Render(context, subscriber);
        context.RecordEvent("subscriber.created", view);
        return view;
    }

    /// <summary>GET /api/v1/subscribers/{id}.</summary>
    public static ApiResult Get(OperationContext context) =>
        ApiResult.Ok(SubscriberViews.Render(context, context.Require<Subscriber>(context.Id, Resource)));

    /// <summary>PATCH /api/v1/subscribers/{id}: merge patch; external_id stays unique, billing_profile_id must exist.</summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<Subscriber>(context.Id, Resource);
        var updated = context.MergePatch(current) with { Balance = null, UpdatedAt = context.Now };
        if (UnknownBillingProfile(context, updated.BillingProfileId) is { } unknown)
        {
            return unknown;
        }

        if (IsTaken(context, updated.ExternalId, exceptId: current.Id))
        {
            return Duplicate();
        }

        context.Collection<Subscriber>().Replace(updated);
        var view = SubscriberViews.Render(context, updated);
        context.RecordEvent("subscriber.updated", view);
        return ApiResult.Ok(view);
    }

    /// <summary>DELETE /api/v1/subscribers/{id}: only a prospect without billing history and without services.</summary>
    public static ApiResult Delete(OperationContext context)
    {
        var subscriber = context.Require<Subscriber>(context.Id, Resource);
        if (subscriber.Status != SubscriberStatus.Prospect)
        {
            return ApiResult.InvalidTransition($"Only a prospect can be deleted; this subscriber is {WireJson.Name(subscriber.Status)}. Cancel it instead.", "status");
        }

        if (context.Tenant.EntitiesOf<IBillingRecord>().Any(r => r.SubscriberId == subscriber.Id))
        {
            return ApiResult.Failure(409, ErrorCodes.HasBillingHistory, "The subscriber has billing history and cannot be deleted; cancel it instead.");
        }

        if (context.Collection<Service>().Index(SubscriberIndexes.ServicesBySubscriber).Any(subscriber.Id))
        {
            return ApiResult.Failure(409, ErrorCodes.ResourceInUse, "The subscriber has services and cannot be deleted.");
        }

        var contacts = context.Collection<Contact>();
        foreach (var contact in contacts.Index(SubscriberIndexes.ContactsBySubscriber).OldestFirst(subscriber.Id).ToList())
        {
            contacts.Remove(contact.Id);
        }

        context.Collection<Subscriber>().Remove(subscriber.Id);
        context.RecordEvent("subscriber.deleted", SubscriberViews.Render(context, subscriber));
        return ApiResult.NoContent();
    }

    private static ApiResult? UnknownBillingProfile(OperationContext context, string? profileId) =>
        profileId is not null && context.Collection<BillingProfile>().Find(profileId) is null
            ? ApiResult.UnknownReference("billing_profile_id", "billing profile", profileId)
            : null;

    /// <summary>Whether another subscriber of the tenant has the external id.</summary>
    public static bool IsTaken(OperationContext context, string? externalId, string? exceptId) =>
        externalId is not null && context.Collection<Subscriber>().Index(SubscriberIndexes.SubscribersByExternalId).HasOther(externalId, exceptId);

    /// <summary>409 <c>duplicate_subscriber</c> on <c>external_id</c>.</summary>
    public static ApiResult Duplicate() =>
        ApiResult.Failure(409, ErrorCodes.DuplicateSubscriber, "A subscriber with the provided external_id already exists.", "external_id");
}
