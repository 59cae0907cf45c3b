using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>
/// The event log: one event per state change, newest first. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IEventsClient
{
    /// <summary>Lists one page of events, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listEvents", "GET", "/api/v1/events")]
    Task<Page<Event>> ListAsync(EventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every event matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The events.</returns>
    [WispGateOperation("listEvents", "GET", "/api/v1/events")]
    IAsyncEnumerable<Event> ListAllAsync(EventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an event.</summary>
    /// <param name="id">The event id (<c>evt_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The event.</returns>
    [WispGateOperation("getEvent", "GET", "/api/v1/events/{id}")]
    Task<WispGateResponse<Event>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
