using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>
/// Support tickets and their comments. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface ITicketsClient
{
    /// <summary>Lists one page of tickets, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listTickets", "GET", "/api/v1/tickets")]
    Task<Page<Ticket>> ListAsync(TicketListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every ticket matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The tickets.</returns>
    [WispGateOperation("listTickets", "GET", "/api/v1/tickets")]
    IAsyncEnumerable<Ticket> ListAllAsync(TicketListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a ticket (it starts <c>new</c>).</summary>
    /// <param name="request">The ticket.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created ticket.</returns>
    [WispGateOperation("createTicket", "POST", "/api/v1/tickets")]
    Task<WispGateResponse<Ticket>> CreateAsync(CreateTicketRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a ticket.</summary>
    /// <param name="id">The ticket id (<c>tkt_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket.</returns>
    [WispGateOperation("getTicket", "GET", "/api/v1/tickets/{id}")]
    Task<WispGateResponse<Ticket>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a ticket (state, priority, assignee, …); only the properties set in <paramref name="request"/> change.</summary>
    /// <param name="id">The ticket id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated ticket.</returns>
    [WispGateOperation("updateTicket", "PATCH", "/api/v1/tickets/{id}")]
    Task<WispGateResponse<Ticket>> UpdateAsync(string id, UpdateTicketRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a ticket's comments.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="options">The page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listTicketComments", "GET", "/api/v1/tickets/{id}/comments")]
    Task<Page<TicketComment>> ListCommentsAsync(string ticketId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every comment of a ticket, fetched page by page as you enumerate.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="options">Page size and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The comments.</returns>
    [WispGateOperation("listTicketComments", "GET", "/api/v1/tickets/{id}/comments")]
    IAsyncEnumerable<TicketComment> ListAllCommentsAsync(string ticketId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a public reply or an internal note to a ticket.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="request">The comment.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created comment.</returns>
    [WispGateOperation("createTicketComment", "POST", "/api/v1/tickets/{id}/comments")]
    Task<WispGateResponse<TicketComment>> AddCommentAsync(string ticketId, CreateTicketCommentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
