using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>Maps <see cref="ISubscribersClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class SubscribersClient(WispGateApi<ISubscribersApi> api) : ISubscribersClient
{
    public Task<Page<Subscriber>> ListAsync(SubscriberListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Subscriber> ListAllAsync(SubscriberListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<Subscriber>> CreateAsync(CreateSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> UpdateAsync(string id, UpdateSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Update(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendWithoutDataAsync(requestOptions, (refit, call, ct) => refit.Delete(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> ActivateAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Activate(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> SuspendAsync(string id, SuspendSubscriberRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Suspend(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> ReactivateAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Reactivate(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Subscriber>> CancelAsync(string id, CancelSubscriberRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Cancel(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<Page<Contact>> ListContactsAsync(string subscriberId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        return api.SendPageAsync(requestOptions, (refit, call, ct) => refit.ListContacts(subscriberId, (options ?? new()).ToQuery(), call, ct), cancellationToken);
    }

    public IAsyncEnumerable<Contact> ListAllContactsAsync(string subscriberId, ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        return Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListContactsAsync(subscriberId, (options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);
    }

    public Task<WispGateResponse<Contact>> AddContactAsync(string subscriberId, CreateContactRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.CreateContact(subscriberId, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse> RemoveContactAsync(string subscriberId, string contactId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return api.SendWithoutDataAsync(requestOptions, (refit, call, ct) => refit.DeleteContact(subscriberId, contactId, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<SubscriberBalance>> GetBalanceAsync(string subscriberId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.GetBalance(subscriberId, call, ct), cancellationToken);
    }
}
