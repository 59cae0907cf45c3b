using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>Maps <see cref="ITicketsClient"/> onto the Refit routes.</summary>
internal sealed class TicketsClient(WispGateApi<ITicketsApi> api) : ITicketsClient
{
    public Task<Page<Ticket>> ListAsync(TicketListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Ticket> ListAllAsync(TicketListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<Ticket>> CreateAsync(CreateTicketRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Ticket>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Ticket>> UpdateAsync(string id, UpdateTicketRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Update(id, request, call, ct), cancellationToken);
    }

    public Task<Page<TicketComment>> ListCommentsAsync(string ticketId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticketId);
        return api.SendPageAsync(requestOptions, (refit, call, ct) => refit.ListComments(ticketId, (options ?? new()).ToQuery(), call, ct), cancellationToken);
    }

    public IAsyncEnumerable<TicketComment> ListAllCommentsAsync(string ticketId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticketId);
        return Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListCommentsAsync(ticketId, (options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);
    }

    public Task<WispGateResponse<TicketComment>> AddCommentAsync(string ticketId, CreateTicketCommentRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticketId);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.CreateComment(ticketId, request, call, ct), cancellationToken);
    }
}
