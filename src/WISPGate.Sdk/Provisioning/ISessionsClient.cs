using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// RADIUS accounting sessions, and the network actions on them (disconnect, change of authorization).
/// Every method takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>;
/// failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ISessionsClient
{
    /// <summary>Lists one page of sessions, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listSessions", "GET", "/api/v1/sessions")]
    Task<Page<Session>> ListAsync(SessionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every session matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The sessions.</returns>
    [WispGateOperation("listSessions", "GET", "/api/v1/sessions")]
    IAsyncEnumerable<Session> ListAllAsync(SessionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a session.</summary>
    /// <param name="id">The session id (<c>ses_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    [WispGateOperation("getSession", "GET", "/api/v1/sessions/{id}")]
    Task<WispGateResponse<Session>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a RADIUS Disconnect-Request for the session (202: the job ends <c>acked</c>, or <c>nak</c> with an RFC 5176 error cause).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provisioning job that carries the request.</returns>
    [WispGateOperation("disconnectSession", "POST", "/api/v1/sessions/{id}/disconnect")]
    Task<WispGateResponse<ProvisioningJob>> DisconnectAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a RADIUS CoA-Request that changes the session's attributes (202 with a job).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="request">The attributes to change; when omitted, the reply attributes of the service's current package.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provisioning job that carries the request.</returns>
    [WispGateOperation("sendSessionCoa", "POST", "/api/v1/sessions/{id}/coa")]
    Task<WispGateResponse<ProvisioningJob>> SendCoaAsync(string id, SessionCoaRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
