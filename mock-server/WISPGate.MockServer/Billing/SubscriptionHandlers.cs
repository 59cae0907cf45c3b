using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>listSubscriptions, createSubscription, getSubscription, cancelSubscription, invoiceSubscriptionNow.</summary>
internal static class SubscriptionHandlers
{
    private const string Resource = "subscription";

    /// <summary>How far start_date may be from today: bounded catch-up billing, and periods far from the calendar's end.</summary>
    private const int MaxYearsAway = 10;

    /// <summary>GET /api/v1/subscriptions: filters subscriber_id, service_id, status.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Subscription>().Where(BillingIndexes.SubscriptionsBySubscriber, context.Query.List("subscriber_id")),
            s => context.Query.Matches("subscriber_id", s.SubscriberId)
                && context.Query.Matches("service_id", s.ServiceId)
                && context.Query.Matches("status", WireJson.Name(s.Status)));

    /// <summary>
    /// POST /api/v1/subscriptions: a service of the subscriber (not terminated), one active subscription per service
    /// (409 <c>resource_in_use</c>), the profile given or the subscriber's; the first period starts on start_date (today).
    /// </summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateSubscriptionRequest>();
        var subscriber = context.RequireReference<Subscriber>("subscriber_id", request.SubscriberId, "subscriber");

        if (subscriber.Status == SubscriberStatus.Cancelled)
        {
            return ApiResult.Invalid("subscriber_id", "invalid_state", "A cancelled subscriber cannot get new subscriptions.");
        }

        if (context.Collection<Service>().Find(request.ServiceId) is not { } service || service.SubscriberId != subscriber.Id)
        {
            return ApiResult.Invalid("service_id", "unknown_reference", $"Subscriber '{subscriber.Id}' has no service '{request.ServiceId}'.");
        }

        if (service.Status == ServiceStatus.Terminated)
        {
            return ApiResult.Invalid("service_id", "invalid_state", "A terminated service cannot be billed.");
        }

        if (context.Collection<Subscription>().Index(BillingIndexes.SubscriptionsByService).OldestFirst(service.Id).Any(s => s.Status == SubscriptionStatus.Active))
        {
            return ApiResult.Failure(409, ErrorCodes.ResourceInUse, $"Service '{service.Id}' already has an active subscription.", "service_id");
        }

        if ((request.BillingProfileId ?? subscriber.BillingProfileId) is not { } profileId)
        {
            return ApiResult.Invalid("billing_profile_id", "required", "The subscriber has no billing profile: name one.");
        }

        var interval = request.Interval ?? SubscriptionInterval.Monthly;
        var today = BillingRules.Today(context);
        var start = request.StartDate ?? today;
        if (start < today.AddYears(-MaxYearsAway) || start > today.AddYears(MaxYearsAway))
        {
            return ApiResult.Invalid("start_date", "out_of_range", $"start_date must be within {MaxYearsAway} years of today.");
        }

        var subscription = new Subscription
        {
            Id = context.NewId("sbn"),
            SubscriberId = subscriber.Id,
            ServiceId = service.Id,
            BillingProfileId = profileId,
            Interval = interval,
            Status = SubscriptionStatus.Active,
            CurrentPeriodStart = start,
            CurrentPeriodEnd = Subscription.PeriodEnd(start, interval, 0),
            Anchor = start,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        if (SubscriptionBilling.Problem(context, subscription) is { } problem)
        {
            return problem;
        }

        return context.Created(subscription, "subscription.created", $"/api/v1/subscriptions/{subscription.Id}");
    }

    /// <summary>GET /api/v1/subscriptions/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Subscription>(context.Id, Resource));

    /// <summary>POST /api/v1/subscriptions/{id}/cancel: active → cancelled; no further invoices.</summary>
    public static ApiResult Cancel(OperationContext context)
    {
        var subscription = context.Require<Subscription>(context.Id, Resource);
        if (subscription.Status != SubscriptionStatus.Active)
        {
            return ApiResult.InvalidTransition(Resource, "cancelled", "cancelled");
        }

        var cancelled = subscription with { Status = SubscriptionStatus.Cancelled, CancelledAt = context.Now, UpdatedAt = context.Now };
        return context.Updated(cancelled, "subscription.cancelled");
    }

    /// <summary>POST /api/v1/subscriptions/{id}/invoice-now: the current period's invoice, finalized today; the period advances.</summary>
    public static ApiResult InvoiceNow(OperationContext context)
    {
        var subscription = context.Require<Subscription>(context.Id, Resource);
        if (subscription.Status != SubscriptionStatus.Active)
        {
            return ApiResult.InvalidTransition(Resource, "cancelled", "invoiced");
        }

        if (SubscriptionBilling.Problem(context, subscription) is { } problem)
        {
            return problem;
        }

        var (invoice, _) = SubscriptionBilling.BillCurrentPeriod(context, subscription, BillingRules.Today(context));
        return ApiResult.Created(InvoiceViews.Render(context, invoice), $"/api/v1/invoices/{invoice.Id}");
    }
}
