using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// RADIUS accounts of services: issuing them (username <c>&lt;service id&gt;@wisp.example</c>, a framed IPv4 from
/// 100.64.0.0/10 derived from the service number) and their API view, whose reply attributes derive from the
/// service's current package: <c>Mikrotik-Rate-Limit</c> = <c>upload/download</c> (plus <c>burst-upload/burst-download</c>
/// when the package bursts), in <c>M</c> for whole Mbit/s and <c>k</c> otherwise, with the package's own
/// <c>radius_attributes</c> merged over it.
/// </summary>
internal static class RadiusAccounts
{
    /// <summary>The RADIUS realm of issued usernames.</summary>
    public const string Realm = "wisp.example";

    /// <summary>GET /api/v1/services/{id}/aaa (getServiceAaa): 404 until the service's first activation was acknowledged, and after termination.</summary>
    public static ApiResult Get(OperationContext context)
    {
        var service = context.Require<Service>(context.Id, "service");
        return context.Collection<RadiusAccount>().Find(service.Id) is { } account
            ? ApiResult.Ok(Render(context, account))
            : ApiResult.Failure(404, ErrorCodes.NotFound, $"Service '{service.Id}' has no RADIUS account: it was never activated (or its activation job is still running), or it was terminated.", "id");
    }

    /// <summary>The account of a service, issuing it when there is none yet.</summary>
    public static RadiusAccount Issue(TenantScope scope, string serviceId, DateTimeOffset at)
    {
        var accounts = scope.Collection<RadiusAccount>();
        return accounts.Find(serviceId) ?? accounts.Add(NewAccount(serviceId, at));
    }

    /// <summary>
    /// The API view of a service's account as a job will leave it, without changing anything: the existing account, or
    /// the one activation would issue, with <paramref name="enabled"/>.
    /// </summary>
    public static AaaAccount Preview(TenantScope scope, string serviceId, bool enabled, DateTimeOffset at)
    {
        var account = scope.Collection<RadiusAccount>().Find(serviceId) ?? NewAccount(serviceId, at);
        return Render(scope, account with { Enabled = enabled });
    }

    private static RadiusAccount NewAccount(string serviceId, DateTimeOffset at) => new()
    {
        Id = serviceId,
        Username = $"{serviceId}@{Realm}",
        FramedIpAddress = FramedIpFor(serviceId),
        DelegatedIpv6Prefix = DelegatedPrefixFor(serviceId),
        Enabled = false,
        CreatedAt = at,
        UpdatedAt = at,
    };

    /// <summary>The API view of an account.</summary>
    public static AaaAccount Render(TenantScope scope, RadiusAccount account)
    {
        var service = scope.Collection<Service>().Find(account.Id);
        var package = service is null ? null : scope.Collection<ServicePackage>().Find(service.ServicePackageId);
        var firstDevice = service?.Devices.Select(id => scope.Collection<Device>().Find(id)).FirstOrDefault(d => d is not null);
        return new AaaAccount(
            account.Id,
            account.Username,
            account.Enabled,
            account.FramedIpAddress,
            account.DelegatedIpv6Prefix,
            firstDevice?.Mac,
            package is null ? new Dictionary<string, string>() : ReplyAttributes(package),
            account.UpdatedAt);
    }

    /// <summary>The reply attributes that enforce a package.</summary>
    public static IReadOnlyDictionary<string, string> ReplyAttributes(ServicePackage package)
    {
        var rateLimit = $"{Rate(package.UploadKbps)}/{Rate(package.DownloadKbps)}";
        if (package.BurstUploadKbps is not null || package.BurstDownloadKbps is not null)
        {
            rateLimit += $" {Rate(package.BurstUploadKbps ?? package.UploadKbps)}/{Rate(package.BurstDownloadKbps ?? package.DownloadKbps)}";
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["Mikrotik-Rate-Limit"] = rateLimit };
        foreach (var (name, value) in package.RadiusAttributes)
        {
            attributes[name] = value;
        }

        return attributes;
    }

    private static string Rate(long kbps) =>
        kbps % 1000 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{kbps / 1000}M")
            : string.Create(CultureInfo.InvariantCulture, $"{kbps}k");

    // svc_000521 → 100.64.2.14: unique per service number below 4 million, never .0 or .255.
    private static string FramedIpFor(string serviceId)
    {
        var number = ServiceNumber(serviceId);
        var host = (number % 254) + 1;
        var subnet = number / 254;
        return string.Create(CultureInfo.InvariantCulture, $"100.{64 + ((subnet / 256) % 64)}.{subnet % 256}.{host}");
    }

    // svc_000521 → 2001:db8:2:900::/56: a /56 of the documentation prefix per service number below 16.7 million.
    private static string DelegatedPrefixFor(string serviceId)
    {
        var number = ServiceNumber(serviceId) % 0x1000000;
        return string.Create(CultureInfo.InvariantCulture, $"2001:db8:{number >> 8:x}:{(number & 0xff) << 8:x}::/56");
    }

    private static long ServiceNumber(string serviceId)
    {
        var digits = serviceId[(serviceId.LastIndexOf('_') + 1)..];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
    }
}
