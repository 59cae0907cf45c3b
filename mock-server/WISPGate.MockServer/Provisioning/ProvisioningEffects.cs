using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// What the network does when a provisioning job is answered: a lifecycle action's service takes its new status
/// (<see cref="ServiceTransitions"/>), the RADIUS account is issued, enabled, disabled or
/// removed; sessions open (<c>session.started</c>) or close (<c>session.disconnected</c>); CoAs apply. A session job
/// on a session that is no longer active is refused with RFC 5176 Error-Cause 503 (Session-Context-Not-Found).
/// </summary>
internal static class ProvisioningEffects
{
    /// <summary>The simulated NAS every session runs on.</summary>
    public const string NasIpAddress = "10.0.0.1";

    /// <summary>RFC 5176 Error-Cause: Session-Context-Not-Found.</summary>
    public const int SessionContextNotFound = 503;

    /// <summary>Applies a job's effect at <paramref name="at"/>; null when acknowledged, else why the NAS refused.</summary>
    public static (int ErrorCause, string Message)? Apply(TenantScope scope, ProvisioningJob job, DateTimeOffset at)
    {
        switch (job.Action)
        {
            case ProvisioningAction.ActivateService:
            case ProvisioningAction.ResumeService:
                ServiceTransitions.Complete(scope, job, at);
                SetEnabled(scope, RadiusAccounts.Issue(scope, job.TargetId, at), true, at);
                OpenSession(scope, job.TargetId, at);
                return null;
            case ProvisioningAction.SuspendService:
                ServiceTransitions.Complete(scope, job, at);
                CloseSessions(scope, job.TargetId, at);
                if (scope.Collection<RadiusAccount>().Find(job.TargetId) is { } account)
                {
                    SetEnabled(scope, account, false, at);
                }

                return null;
            case ProvisioningAction.TerminateService:
                ServiceTransitions.Complete(scope, job, at);
                CloseSessions(scope, job.TargetId, at);
                scope.Collection<RadiusAccount>().Remove(job.TargetId);
                return null;
            case ProvisioningAction.DisconnectSession:
                if (ActiveSession(scope, job.TargetId) is not { } session)
                {
                    return NotFound(job.TargetId);
                }

                Close(scope, session, at);
                return null;
            case ProvisioningAction.CoaSession:
                // The NAS applies the attributes to the live session; nothing else in the API changes.
                return ActiveSession(scope, job.TargetId) is null ? NotFound(job.TargetId) : null;
            default:
                // change_package: the new rates reach the service's active sessions by CoA; the package is already changed.
                return null;
        }
    }

    private static (int, string) NotFound(string sessionId) =>
        (SessionContextNotFound, $"Session-Context-Not-Found: session {sessionId} is not active on the NAS.");

    private static Session? ActiveSession(TenantScope scope, string sessionId) =>
        scope.Collection<Session>().Find(sessionId) is { Status: SessionStatus.Active } session ? session : null;

    private static void SetEnabled(TenantScope scope, RadiusAccount account, bool enabled, DateTimeOffset at)
    {
        if (account.Enabled != enabled)
        {
            scope.Collection<RadiusAccount>().Replace(account with { Enabled = enabled, UpdatedAt = at });
        }
    }

    private static void OpenSession(TenantScope scope, string serviceId, DateTimeOffset at)
    {
        var sessions = scope.Collection<Session>();
        if (sessions.Index(ProvisioningIndexes.SessionsByService).OldestFirst(serviceId).Any(s => s.Status == SessionStatus.Active)
            || scope.Collection<RadiusAccount>().Find(serviceId) is not { } account)
        {
            return;
        }

        var service = scope.Collection<Service>().Find(serviceId);
        var firstDevice = service?.Devices.Select(id => scope.Collection<Device>().Find(id)).FirstOrDefault(d => d is not null);
        var id = scope.NewId("ses");
        var session = sessions.Add(new Session
        {
            Id = id,
            AcctSessionId = AcctSessionId(id),
            Username = account.Username,
            ServiceId = serviceId,
            Status = SessionStatus.Active,
            NasIpAddress = NasIpAddress,
            FramedIpAddress = account.FramedIpAddress,
            CallingStationId = firstDevice?.Mac,
            StartedAt = at,
        });
        scope.RecordEvent("session.started", session);
    }

    private static void CloseSessions(TenantScope scope, string serviceId, DateTimeOffset at)
    {
        foreach (var session in scope.Collection<Session>().Index(ProvisioningIndexes.SessionsByService).OldestFirst(serviceId).Where(s => s.Status == SessionStatus.Active).ToList())
        {
            Close(scope, session, at);
        }
    }

    private static void Close(TenantScope scope, Session session, DateTimeOffset at)
    {
        var closed = session with { Status = SessionStatus.Closed, StoppedAt = at, TerminateCause = "Admin-Reset" };
        scope.Collection<Session>().Replace(closed);
        scope.RecordEvent("session.disconnected", closed);
    }

    // ses_000123 → 81A0007B: the NAS's hexadecimal Acct-Session-Id.
    private static string AcctSessionId(string sessionId)
    {
        var digits = sessionId[(sessionId.LastIndexOf('_') + 1)..];
        var number = long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{0x81A00000 + number:X8}");
    }
}
