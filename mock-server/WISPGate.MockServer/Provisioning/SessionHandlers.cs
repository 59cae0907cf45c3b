using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// listSessions, getSession, disconnectSession, sendSessionCoa. Disconnect and CoA are RFC 5176 requests to the NAS:
/// 202 + a job that ends <c>acked</c>, or <c>nak</c> with Error-Cause 503 when the session is no longer active by then.
/// </summary>
internal static class SessionHandlers
{
    private const string Resource = "session";

    /// <summary>GET /api/v1/sessions: filters service_id, status, nas_ip_address, username.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Session>().Where(ProvisioningIndexes.SessionsByService, context.Query.List("service_id")),
            s => context.Query.Matches("service_id", s.ServiceId)
                && context.Query.Matches("status", WireJson.Name(s.Status))
                && context.Query.Matches("nas_ip_address", s.NasIpAddress)
                && (context.Query.Get("username") is not { } username || username == s.Username));

    /// <summary>GET /api/v1/sessions/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Session>(context.Id, Resource));

    /// <summary>POST /api/v1/sessions/{id}/disconnect: Disconnect-Request; on ack the session closes (<c>session.disconnected</c>).</summary>
    public static ApiResult Disconnect(OperationContext context)
    {
        var session = context.Require<Session>(context.Id, Resource);
        return ProvisioningJobs.Accepted(ProvisioningJobs.Enqueue(context, ProvisioningAction.DisconnectSession, session.Id, reason: null));
    }

    /// <summary>POST /api/v1/sessions/{id}/coa: CoA-Request with the given attributes, or the current package's reply attributes.</summary>
    public static ApiResult Coa(OperationContext context)
    {
        var session = context.Require<Session>(context.Id, Resource);
        var attributes = context.ReadBody<SessionCoaRequest>().Attributes;
        if (attributes is null
            && context.Collection<Service>().Find(session.ServiceId) is { } service
            && context.Collection<ServicePackage>().Find(service.ServicePackageId) is { } package)
        {
            attributes = RadiusAccounts.ReplyAttributes(package);
        }

        return ProvisioningJobs.Accepted(ProvisioningJobs.Enqueue(context, ProvisioningAction.CoaSession, session.Id, reason: null, attributes));
    }
}
