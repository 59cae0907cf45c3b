using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Subscribers;

/// <summary>
/// activateSubscriber, suspendSubscriber, reactivateSubscriber, cancelSubscriber — the lifecycle of
/// <see cref="SubscriberStatus"/>; anything else → 409.
/// </summary>
internal static class SubscriberLifecycle
{
    /// <summary>POST …/activate: prospect → active.</summary>
    public static ApiResult Activate(OperationContext context) =>
        Move(context, [SubscriberStatus.Prospect], SubscriberStatus.Active, "activated");

    /// <summary>POST …/suspend (reason required by the contract): active → suspended.</summary>
    public static ApiResult Suspend(OperationContext context) =>
        Move(context, [SubscriberStatus.Active], SubscriberStatus.Suspended, "suspended");

    /// <summary>POST …/reactivate: suspended → active.</summary>
    public static ApiResult Reactivate(OperationContext context) =>
        Move(context, [SubscriberStatus.Suspended], SubscriberStatus.Active, "reactivated");

    /// <summary>POST …/cancel: prospect, active or suspended → cancelled; not while services are live.</summary>
    public static ApiResult Cancel(OperationContext context)
    {
        var subscriber = context.Require<Subscriber>(context.Id, "subscriber");
        if (subscriber.Status != SubscriberStatus.Cancelled
            && context.Collection<Service>().Index(SubscriberIndexes.ServicesBySubscriber).OldestFirst(subscriber.Id).Any(s => s.Status != ServiceStatus.Terminated))
        {
            return ApiResult.Failure(409, ErrorCodes.ResourceInUse, "The subscriber has services that are not terminated; terminate them first.");
        }

        return Move(context, [SubscriberStatus.Prospect, SubscriberStatus.Active, SubscriberStatus.Suspended], SubscriberStatus.Cancelled, "cancelled");
    }

    private static ApiResult Move(OperationContext context, SubscriberStatus[] from, SubscriberStatus to, string happened)
    {
        var subscriber = context.Require<Subscriber>(context.Id, "subscriber");
        if (!from.Contains(subscriber.Status))
        {
            return ApiResult.InvalidTransition("subscriber", WireJson.Name(subscriber.Status), happened);
        }

        var moved = subscriber with { Status = to, UpdatedAt = context.Now };
        context.Collection<Subscriber>().Replace(moved);
        var view = SubscriberViews.Render(context, moved);
        context.RecordEvent($"subscriber.{happened}", view);
        return ApiResult.Ok(view);
    }
}
