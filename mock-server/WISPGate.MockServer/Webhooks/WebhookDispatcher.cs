using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// Real webhook delivery, in the background. Every recorded event that an enabled endpoint of its tenant subscribes
/// to is queued (a <see cref="Channel{T}"/>); one worker makes the first attempts in event order, each a signed POST of
/// the event body with the configured timeout. A failed attempt (no 2xx in time, or no answer) is retried on its own
/// schedule after <see cref="WebhookDeliveryOptions.RetryDelays"/>, up to <see cref="WebhookDeliveryOptions.MaxAttempts"/>.
/// Every attempt is recorded as a <see cref="WebhookDelivery"/>. Deleting the endpoint, or a reset, ends pending
/// retries. Nothing here blocks or fails the API call that recorded the event.
/// </summary>
internal sealed class WebhookDispatcher
{
    private const int MaxErrorLength = 500;

    private readonly DomainHost _host;
    private readonly Channel<Delivery> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _retries = new();
    private readonly HttpClient _http;
    private readonly Lazy<Task> _worker;

    /// <summary>Creates the dispatcher of one server (its worker starts with the first delivery).</summary>
    public WebhookDispatcher(DomainHost host)
    {
        _host = host;

        // Bounded, so that a slow or dead receiver under heavy traffic cannot grow memory without end: the oldest waiting
        // delivery goes first, and is recorded as a failed attempt (visible in listWebhookDeliveries), never lost silently.
        _queue = Channel.CreateBounded<Delivery>(
            new BoundedChannelOptions(host.Options.Webhooks.MaxQueuedDeliveries) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            RecordDropped);
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("WISPGate-Webhooks", "1.0"));
        _worker = new Lazy<Task>(() => Task.Run(RunAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private WebhookDeliveryOptions Options => _host.Options.Webhooks;

    /// <summary>Queues an event for every enabled endpoint of its tenant that subscribes to it (an event observer).</summary>
    public void Enqueue(DomainEvent recorded)
    {
        try
        {
            var state = _host.State;
            if (_stopping.IsCancellationRequested || !state.Tenants.TryGetValue(recorded.TenantId, out var tenant))
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
                _queue.Writer.TryWrite(new Delivery(state, tenant, endpointId, recorded, body));
            }

            _ = _worker.Value;
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
        return await AttemptAsync(delivery, endpoint, attempt, _stopping.Token);
    }

    /// <summary>Stops the worker and the retries waiting for their turn (a server stop hook).</summary>
    public async ValueTask StopAsync()
    {
        await _stopping.CancelAsync();
        _queue.Writer.TryComplete();
        if (_worker.IsValueCreated)
        {
            await _worker.Value;
        }

        await Task.WhenAll(_retries.Keys);
        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>The delivered body: the event as the events endpoints serve it.</summary>
    private static byte[] Body(DomainEvent recorded) => JsonSerializer.SerializeToUtf8Bytes(recorded, WireJson.Options);

    private async Task RunAsync()
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                if (await AttemptIfStillWantedAsync(delivery, 1) is { Status: WebhookDeliveryStatus.Failed } && Options.MaxAttempts > 1)
                {
                    var retry = RetryAsync(delivery);
                    _retries.TryAdd(retry, true);
                    _ = retry.ContinueWith(done => _retries.TryRemove(done, out _), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RetryAsync(Delivery delivery)
    {
        try
        {
            for (var attempt = 2; attempt <= Options.MaxAttempts; attempt++)
            {
                await Task.Delay(Options.RetryDelays[attempt - 2], _stopping.Token);
                if (await AttemptIfStillWantedAsync(delivery, attempt) is not { Status: WebhookDeliveryStatus.Failed })
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Only while the endpoint still exists and is enabled, and the data it belongs to was not reset.
    private async Task<WebhookDelivery?> AttemptIfStillWantedAsync(Delivery delivery, int attempt)
    {
        WebhookEndpoint? endpoint;
        lock (delivery.Tenant.Gate)
        {
            endpoint = delivery.Tenant.Collection<WebhookEndpoint>().Find(delivery.EndpointId);
        }

        return ReferenceEquals(_host.State, delivery.State) && endpoint is { Enabled: true }
            ? await AttemptAsync(delivery, endpoint, attempt, _stopping.Token)
            : null;
    }

    private async Task<WebhookDelivery> AttemptAsync(Delivery delivery, WebhookEndpoint endpoint, int attempt, CancellationToken stopping)
    {
        var startedAt = _host.Clock.GetUtcNow();
        int? statusCode = null;
        var error = OutboundUrl.Problem(endpoint.Url);
        if (error is null)
        {
            (statusCode, error) = await SendAsync(delivery, endpoint, stopping);
        }

        return Record(delivery, endpoint.Id, attempt, statusCode, error, startedAt);
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

    // One signed POST: the receiver's status, or why there was none.
    private async Task<(int? StatusCode, string? Error)> SendAsync(Delivery delivery, WebhookEndpoint endpoint, CancellationToken stopping)
    {
        int? statusCode = null;
        string? error;
        using (var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url))
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping))
        {
            request.Content = new ByteArrayContent(delivery.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            // The signature's timestamp is a property of the delivery: the real time of sending, never the advanced
            // server clock (the event's created_at keeps the simulated time), so receivers' tolerance checks pass.
            var signedAt = _host.Clock.GetUnderlyingUtcNow();
            // Which secrets sign is a question of the server clock (a rotation's grace period moves with Advance).
            var secrets = endpoint.SigningSecretsAt(_host.Clock.GetUtcNow());
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Header(secrets, signedAt.ToUnixTimeSeconds(), delivery.Body));
            timeout.CancelAfter(Options.Timeout);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                statusCode = (int)response.StatusCode;
                error = response.IsSuccessStatusCode ? null : $"The receiver answered {statusCode} (a 2xx is needed).";
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                error = $"No answer within {Options.Timeout.TotalSeconds:0.###} s.";
            }
#pragma warning disable CA1031 // Whatever goes wrong on the wire is this attempt's failure, recorded, never the worker's end.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                error = exception.Message;
            }
        }

        return (statusCode, error);
    }

    /// <summary>One event for one endpoint, with the state it was recorded in and the exact bytes every attempt sends.</summary>
    private sealed record Delivery(MockState State, TenantData Tenant, string EndpointId, DomainEvent Event, byte[] Body);
}
