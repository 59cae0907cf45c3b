using System.Text.Json;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// Real webhook delivery, in the background. Every recorded event that an enabled endpoint of its tenant subscribes
/// to is queued (an <see cref="OutboundQueue{T}"/>); one worker makes the first attempts in event order, each a signed
/// POST of the event body with the configured timeout (<see cref="SignedSender"/>). A failed attempt (no 2xx in time, or
/// no answer) is retried on its own schedule after <see cref="WebhookDeliveryOptions.RetryDelays"/>, up to
/// <see cref="WebhookDeliveryOptions.MaxAttempts"/>. Every attempt is recorded as a <see cref="WebhookDelivery"/>.
/// Deleting the endpoint, or a reset, ends pending retries. Nothing here blocks or fails the API call that recorded the event.
/// </summary>
internal sealed class WebhookDispatcher
{
    private const int MaxErrorLength = 500;

    private readonly DomainHost _host;
    private readonly OutboundQueue<Delivery> _queue;
    private readonly SignedSender _sender;

    /// <summary>Creates the dispatcher of one server (its worker starts with the first delivery).</summary>
    public WebhookDispatcher(DomainHost host)
    {
        _host = host;

        // A delivery the full queue pushes out is recorded as a failed attempt (visible in listWebhookDeliveries).
        _queue = new OutboundQueue<Delivery>(
            host.Options.Webhooks.MaxQueuedDeliveries,
            host.Options.Webhooks.RetryDelays,
            async (delivery, attempt, stopping) => await AttemptIfStillWantedAsync(delivery, attempt, stopping) is { Status: WebhookDeliveryStatus.Failed },
            RecordDropped);
        _sender = new SignedSender(host.Clock, "WISPGate-Webhooks");
    }

    private WebhookDeliveryOptions Options => _host.Options.Webhooks;

    /// <summary>Queues an event for every enabled endpoint of its tenant that subscribes to it (an event observer).</summary>
    public void Enqueue(DomainEvent recorded)
    {
        try
        {
            var state = _host.State;
            if (_queue.IsStopping || !state.Tenants.TryGetValue(recorded.TenantId, out var tenant))
            {
                return;
            }

            List<string> endpoints;
            lock (tenant.Gate)
            {
                endpoints = tenant.Collection<WebhookEndpoint>().All().Where(e => e.Subscribes(recorded.Type)).Select(e => e.Id).ToList();
            }

            if (endpoints.Count == 0)
            {
                return;
            }

            var body = Body(recorded);
            foreach (var endpointId in endpoints)
            {
                _queue.Enqueue(new Delivery(state, tenant, endpointId, recorded, body));
            }
        }
#pragma warning disable CA1031 // Delivery problems must never fail the request that recorded the event.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// One attempt now, whether or not the endpoint is enabled, answered with its record (testWebhookEndpoint's ping with
    /// attempt 1; retryWebhookDelivery's event with the attempt after the last one).
    /// </summary>
    public async Task<WebhookDelivery> SendNowAsync(MockState state, TenantData tenant, WebhookEndpoint endpoint, DomainEvent recorded, int attempt = 1)
    {
        var delivery = new Delivery(state, tenant, endpoint.Id, recorded, Body(recorded));
        return await AttemptAsync(delivery, endpoint, attempt, _queue.Stopping);
    }

    /// <summary>Stops the worker and the retries waiting for their turn (a server stop hook).</summary>
    public async ValueTask StopAsync()
    {
        await _queue.StopAsync();
        _sender.Dispose();
    }

    /// <summary>The delivered body: the event as the events endpoints serve it.</summary>
    private static byte[] Body(DomainEvent recorded) => JsonSerializer.SerializeToUtf8Bytes(recorded, WireJson.Options);

    // Only while the endpoint still exists and is enabled, and the data it belongs to was not reset.
    private async Task<WebhookDelivery?> AttemptIfStillWantedAsync(Delivery delivery, int attempt, CancellationToken stopping)
    {
        WebhookEndpoint? endpoint;
        lock (delivery.Tenant.Gate)
        {
            endpoint = delivery.Tenant.Collection<WebhookEndpoint>().Find(delivery.EndpointId);
        }

        return ReferenceEquals(_host.State, delivery.State) && endpoint is { Enabled: true }
            ? await AttemptAsync(delivery, endpoint, attempt, stopping)
            : null;
    }

    private async Task<WebhookDelivery> AttemptAsync(Delivery delivery, WebhookEndpoint endpoint, int attempt, CancellationToken stopping)
    {
        var startedAt = _host.Clock.GetUtcNow();
        // Which secrets sign is a question of the server clock (a rotation's grace period moves with Advance).
        var answer = await _sender.PostAsync(endpoint.Url, endpoint.SigningSecretsAt(_host.Clock.GetUtcNow()), delivery.Body, Options.Timeout, maxAnswerBytes: 0, stopping);
        var error = answer.Error
            ?? (answer.StatusCode is >= 200 and < 300 ? null : $"The receiver answered {answer.StatusCode} (a 2xx is needed).");
        return Record(delivery, endpoint.Id, attempt, answer.StatusCode, error, startedAt);
    }

    // A delivery the full queue pushed out, recorded as its failed first attempt.
    private void RecordDropped(Delivery delivery)
    {
        if (ReferenceEquals(_host.State, delivery.State))
        {
            Record(delivery, delivery.EndpointId, 1, null, $"Not sent: more than {Options.MaxQueuedDeliveries} deliveries were waiting, and the oldest are dropped first.", _host.Clock.GetUtcNow());
        }
    }

    // Stores one attempt's record while its endpoint still exists.
    private WebhookDelivery Record(Delivery delivery, string endpointId, int attempt, int? statusCode, string? error, DateTimeOffset startedAt)
    {
        var record = new WebhookDelivery
        {
            Id = delivery.State.Ids.Next("whd"),
            WebhookEndpointId = endpointId,
            EventId = delivery.Event.Id,
            EventType = delivery.Event.Type,
            Attempt = attempt,
            Status = error is null ? WebhookDeliveryStatus.Succeeded : WebhookDeliveryStatus.Failed,
            StatusCode = statusCode,
            Error = error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error,
            DeliveredAt = error is null ? _host.Clock.GetUtcNow() : null,
            CreatedAt = startedAt,
        };
        lock (delivery.Tenant.Gate)
        {
            if (delivery.Tenant.Collection<WebhookEndpoint>().Find(endpointId) is not null)
            {
                delivery.Tenant.Collection<WebhookDelivery>().Add(record);
            }
        }

        return record;
    }

    /// <summary>One event for one endpoint, with the state it was recorded in and the exact bytes every attempt sends.</summary>
    private sealed record Delivery(MockState State, TenantData Tenant, string EndpointId, DomainEvent Event, byte[] Body);
}
