using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>
/// Notifications: templated e-mail and SMS messages to subscribers. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface INotificationsClient
{
    /// <summary>Lists one page of notifications, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listNotifications", "GET", "/api/v1/notifications")]
    Task<Page<Notification>> ListAsync(NotificationListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every notification matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The notifications.</returns>
    [WispGateOperation("listNotifications", "GET", "/api/v1/notifications")]
    IAsyncEnumerable<Notification> ListAllAsync(NotificationListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Queues a notification to a subscriber.</summary>
    /// <param name="request">The notification.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created notification.</returns>
    [WispGateOperation("createNotification", "POST", "/api/v1/notifications")]
    Task<WispGateResponse<Notification>> CreateAsync(CreateNotificationRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a notification.</summary>
    /// <param name="id">The notification id (<c>ntf_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notification.</returns>
    [WispGateOperation("getNotification", "GET", "/api/v1/notifications/{id}")]
    Task<WispGateResponse<Notification>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
