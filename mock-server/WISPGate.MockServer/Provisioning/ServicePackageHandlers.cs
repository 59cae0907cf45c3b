using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// listServicePackages, createServicePackage, getServicePackage, updateServicePackage, archiveServicePackage.
/// A burst rate below its committed rate → 422; archiving twice → 409. Events <c>service_package.created|updated|archived</c>.
/// </summary>
internal static class ServicePackageHandlers
{
    private const string Resource = "service package";

    /// <summary>GET /api/v1/service-packages: filters archived, q (name, description).</summary>
    public static ApiResult List(OperationContext context)
    {
        var archived = context.Query.Boolean("archived");
        return context.Page(
            context.Collection<ServicePackage>(),
            p => (archived is null || p.Archived == archived) && context.Query.Search("q", p.Name, p.Description));
    }

    /// <summary>POST /api/v1/service-packages.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateServicePackageRequest>();
        var package = new ServicePackage
        {
            Id = context.NewId("pkg"),
            Name = request.Name,
            Description = request.Description,
            DownloadKbps = request.DownloadKbps,
            UploadKbps = request.UploadKbps,
            BurstDownloadKbps = request.BurstDownloadKbps,
            BurstUploadKbps = request.BurstUploadKbps,
            DataCapGb = request.DataCapGb,
            Price = request.Price,
            RadiusAttributes = request.RadiusAttributes ?? new Dictionary<string, string>(),
            ParentNode = request.ParentNode,
            Archived = false,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        if (BurstBelowCommitted(package) is { } invalid)
        {
            return invalid;
        }

        return context.Created(package, "service_package.created", $"/api/v1/service-packages/{package.Id}");
    }

    /// <summary>GET /api/v1/service-packages/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<ServicePackage>(context.Id, Resource));

    /// <summary>PATCH /api/v1/service-packages/{id}: merge patch; services keep their package, sessions get new rates at re-authentication or by CoA.</summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<ServicePackage>(context.Id, Resource);
        var updated = context.MergePatch(current) with { UpdatedAt = context.Now };
        if (BurstBelowCommitted(updated) is { } invalid)
        {
            return invalid;
        }

        return context.Updated(updated, "service_package.updated");
    }

    /// <summary>POST /api/v1/service-packages/{id}/archive.</summary>
    public static ApiResult Archive(OperationContext context)
    {
        var current = context.Require<ServicePackage>(context.Id, Resource);
        if (current.Archived)
        {
            return ApiResult.InvalidTransition(Resource, "archived", "archived again");
        }

        var archived = current with { Archived = true, UpdatedAt = context.Now };
        return context.Updated(archived, "service_package.archived");
    }

    private static ApiResult? BurstBelowCommitted(ServicePackage package) =>
        package.BurstDownloadKbps < package.DownloadKbps
            ? ApiResult.Invalid("burst_download_kbps", "below_committed_rate", "burst_download_kbps must be at least download_kbps.")
            : package.BurstUploadKbps < package.UploadKbps
                ? ApiResult.Invalid("burst_upload_kbps", "below_committed_rate", "burst_upload_kbps must be at least upload_kbps.")
                : null;
}
