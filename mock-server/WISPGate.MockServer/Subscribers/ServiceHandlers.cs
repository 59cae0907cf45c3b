using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Provisioning;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Subscribers;

/// <summary>listServices, createService, getService, updateService. Status changes are the network domain's actions.</summary>
internal static class ServiceHandlers
{
    private const string Resource = "service";

    /// <summary>GET /api/v1/services: filters subscriber_id, status, service_package_id, created_after/before.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Service>().Where(SubscriberIndexes.ServicesBySubscriber, context.Query.List("subscriber_id")),
            s => context.Query.Matches("subscriber_id", s.SubscriberId)
                && context.Query.Matches("status", WireJson.Name(s.Status))
                && context.Query.Matches("service_package_id", s.ServicePackageId));

    /// <summary>POST /api/v1/services: a pending service of an existing, not cancelled subscriber on a usable package.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateServiceRequest>();
        var subscriber = context.RequireReference<Subscriber>("subscriber_id", request.SubscriberId, "subscriber");

        if (subscriber.Status == SubscriberStatus.Cancelled)
        {
            return ApiResult.Invalid("subscriber_id", "invalid_state", "A cancelled subscriber cannot get new services.");
        }

        var package = context.RequireReference<ServicePackage>("service_package_id", request.ServicePackageId, "service package");

        if (package.Archived)
        {
            return ApiResult.Invalid("service_package_id", "archived", "An archived service package cannot be chosen for a new service.");
        }

        var service = new Service
        {
            Id = context.NewId("svc"),
            SubscriberId = subscriber.Id,
            ServicePackageId = package.Id,
            Status = ServiceStatus.Pending,
            ServiceAddress = request.ServiceAddress,
            StartDate = request.StartDate,
            PriceOverride = request.PriceOverride,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        return context.Created(service, "service.created", $"/api/v1/services/{service.Id}");
    }

    /// <summary>GET /api/v1/services/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Service>(context.Id, Resource));

    /// <summary>PATCH /api/v1/services/{id}: address, start date, price override; a terminated service is final (409).</summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<Service>(context.Id, Resource);
        if (current.Status == ServiceStatus.Terminated)
        {
            return ApiResult.InvalidTransition(Resource, "terminated", "changed");
        }

        var updated = context.MergePatch(current) with { UpdatedAt = context.Now };
        return context.Updated(updated, "service.updated");
    }
}
