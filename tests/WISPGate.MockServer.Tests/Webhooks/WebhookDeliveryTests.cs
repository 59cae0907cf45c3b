using System.Net.Sockets;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Webhooks;

/// <summary>
/// Real webhook delivery to a real receiver on 127.0.0.1: signed POSTs of the event body (signatures checked with the
/// tests' own HMAC), retries with backoff after failures, bounded attempts, timeouts, test pings, in event order, in the
/// background. Waiting is done by polling with a generous deadline; absence is only asserted after a later delivery
/// that the single in-order worker makes after the one that must not happen.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private static readonly WispGateMockServerOptions QuickRetries = new()
    {
        Webhooks = new WebhookDeliveryOptions { RetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)], Timeout = TimeSpan.FromSeconds(10) },
    };

    [Fact]
    public async Task A_subscribed_event_is_POSTed_signed_with_the_event_as_its_body()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync(QuickRetries);
        await using var _s = server;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url, "subscriber.created");

        var first = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Hook One", status = "prospect" })).DataString("id");
        await api.PostAsync("/api/v1/tickets", new { subject = "not subscribed", description = "d" });
        var second = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Hook Two", status = "prospect" })).DataString("id");
        var deliveries = await SucceededAsync(api, endpoint, 2);

        receiver.Received.Should().HaveCount(2, "the ticket event is not subscribed, and the worker delivers in event order");
        var events = await EventLog.EventsAsync(api, "type=subscriber.created");
        for (var i = 0; i < 2; i++)
        {
            var received = receiver.Received[i];
            received.Method.Should().Be("POST");
            received.Path.Should().Be("/hooks/wispgate");
            received.Header("Content-Type").Should().StartWith("application/json");
            var (timestamp, valid) = WebhookSignatures.Verify(received.Header("X-WISPGate-Signature"), secret, received.Body);
            valid.Should().BeTrue("the signature is HMAC-SHA256(secret, \"<t>.<raw body>\")");
            timestamp.Should().Be(time.GetUtcNow().ToUnixTimeSeconds(), "t comes from the server clock");
            JsonNode.DeepEquals(JsonNode.Parse(received.Body), JsonNode.Parse(events[i].GetRawText())).Should().BeTrue("the body is the event as the API serves it");
            received.Json.EnumerateObject().Select(p => p.Name).Should().Equal("id", "type", "created_at", "tenant_id", "data");
        }

        receiver.Received.Select(r => r.Json.GetProperty("data").GetProperty("object").GetProperty("id").GetString()).Should().Equal(first, second);
        var delivery = deliveries.Last();
        delivery.GetProperty("attempt").GetInt32().Should().Be(1);
        delivery.GetProperty("status_code").GetInt32().Should().Be(200);
        delivery.GetProperty("event_type").GetString().Should().Be("subscriber.created");
        delivery.GetProperty("event_id").GetString().Should().Be(events[0].GetProperty("id").GetString());
        delivery.GetProperty("delivered_at").GetString().Should().NotBeNull();
        delivery.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_the_same_body_until_the_receiver_accepts_it()
    {
        await using var server = await MockServers.StartAsync(QuickRetries);
        await using var receiver = await WebhookReceiver.StartAsync(call => call switch { 1 => 500, 2 => 503, _ => 204 });
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url, "*");

        await api.PostAsync("/api/v1/tickets", new { subject = "retry me", description = "d" });
        var deliveries = await SucceededAsync(api, endpoint, 1);

        deliveries.Select(d => (d.GetProperty("attempt").GetInt32(), d.GetProperty("status").GetString(), d.GetProperty("status_code").GetInt32()))
            .Should().Equal((3, "succeeded", 204), (2, "failed", 503), (1, "failed", 500));
        deliveries[2].GetProperty("error").GetString().Should().Contain("500");
        deliveries[2].GetProperty("delivered_at").ValueKind.Should().Be(JsonValueKind.Null);
        deliveries.Select(d => d.GetProperty("event_id").GetString()).Distinct().Should().ContainSingle();
        receiver.Received.Should().HaveCount(3);
        receiver.Received.Select(r => Convert.ToBase64String(r.Body)).Distinct().Should().ContainSingle("every attempt sends the same bytes");
        receiver.Received.Should().OnlyContain(r => WebhookSignatures.Verify(r.Header("X-WISPGate-Signature"), secret, r.Body).Valid);
        (await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries?status=failed")).Data.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Attempts_are_bounded_by_the_retry_schedule()
    {
        var options = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { RetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)] } };
        await using var server = await MockServers.StartAsync(options);
        await using var receiver = await WebhookReceiver.StartAsync(_ => 500);
        using var api = new ApiClient(server);
        var (endpoint, _) = await RegisterAsync(api, receiver.Url, "ticket.created");

        await api.PostAsync("/api/v1/tickets", new { subject = "first", description = "d" });
        var firstEvent = (await EventLog.EventsAsync(api)).Single().GetProperty("id").GetString();
        await AttemptsAsync(api, endpoint, firstEvent!, 3);
        await api.PostAsync("/api/v1/tickets", new { subject = "second", description = "d" });
        var secondEvent = (await EventLog.EventsAsync(api)).Last().GetProperty("id").GetString();
        await AttemptsAsync(api, endpoint, secondEvent!, 3);

        var first = await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries?event_id={firstEvent}");
        first.Data.EnumerateArray().Select(d => d.GetProperty("attempt").GetInt32()).Should().Equal(3, 2, 1);
        first.Data.EnumerateArray().Should().OnlyContain(d => d.GetProperty("status").GetString() == "failed");
        receiver.Received.Should().HaveCount(6);
    }

    [Fact]
    public async Task Delivery_runs_in_the_background_and_never_holds_the_API_call()
    {
        // A long timeout: the attempt can only end when the test lets the receiver answer.
        var options = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { Timeout = TimeSpan.FromMinutes(5) } };
        await using var server = await MockServers.StartAsync(options);
        await using var receiver = await WebhookReceiver.StartAsync(gated: true);
        using var api = new ApiClient(server);
        var (endpoint, _) = await RegisterAsync(api, receiver.Url, "*");

        var created = await api.PostAsync("/api/v1/tickets", new { subject = "while the receiver hangs", description = "d" });
        var pending = await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries");
        receiver.Open();
        var deliveries = await SucceededAsync(api, endpoint, 1);

        created.Status.Should().Be(HttpStatusCode.Created, "the API answered while the receiver held its answer");
        pending.Ids.Should().BeEmpty("the attempt cannot have finished before the receiver answered");
        deliveries.Should().ContainSingle();
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_fails_the_attempt_without_a_status()
    {
        var options = new WispGateMockServerOptions { Webhooks = new WebhookDeliveryOptions { RetryDelays = [], Timeout = TimeSpan.FromMilliseconds(300) } };
        await using var server = await MockServers.StartAsync(options);
        await using var receiver = await WebhookReceiver.StartAsync(gated: true);
        using var api = new ApiClient(server);
        var (endpoint, _) = await RegisterAsync(api, receiver.Url, "*");

        await api.PostAsync("/api/v1/tickets", new { subject = "slow", description = "d" });
        var deliveries = await EventLog.EventuallyAsync(
            () => DeliveriesAsync(api, endpoint),
            list => list.Count >= 1,
            "the timed-out attempt");

        deliveries.Should().ContainSingle();
        deliveries[0].GetProperty("status").GetString().Should().Be("failed");
        deliveries[0].GetProperty("status_code").ValueKind.Should().Be(JsonValueKind.Null);
        deliveries[0].GetProperty("error").GetString().Should().Contain("No answer");
    }

    [Fact]
    public async Task A_test_ping_is_sent_now_signed_and_answered_with_the_attempt()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync(QuickRetries);
        await using var _s = server;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url, "ticket.created", enabled: false);

        var ping = await api.PostAsync($"/api/v1/webhook-endpoints/{endpoint}/test");

        ping.Status.Should().Be(HttpStatusCode.OK);
        ping.DataString("event_type").Should().Be("ping");
        ping.DataString("status").Should().Be("succeeded");
        ping.Data.GetProperty("status_code").GetInt32().Should().Be(200);
        ping.Data.GetProperty("attempt").GetInt32().Should().Be(1);
        ping.DataString("delivered_at").Should().Be("2026-04-13T10:21:00Z");
        var received = receiver.Received.Should().ContainSingle("a ping goes out even to a disabled endpoint").Subject;
        received.Json.GetProperty("type").GetString().Should().Be("ping");
        received.Json.GetProperty("id").GetString().Should().Be(ping.DataString("event_id"));
        received.Json.GetProperty("data").GetProperty("object").EnumerateObject().Should().BeEmpty();
        var (timestamp, valid) = WebhookSignatures.Verify(received.Header("X-WISPGate-Signature"), secret, received.Body);
        valid.Should().BeTrue();
        timestamp.Should().Be(time.GetUtcNow().ToUnixTimeSeconds());
        (await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries")).Ids.Should().Equal(ping.DataString("id"));
        (await api.GetAsync("/api/v1/events")).Ids.Should().BeEmpty("a ping is no state change");
    }

    [Fact]
    public async Task A_test_ping_reports_a_refusing_or_unreachable_receiver_with_200()
    {
        await using var server = await MockServers.StartAsync(QuickRetries);
        await using var receiver = await WebhookReceiver.StartAsync(_ => 500);
        using var api = new ApiClient(server);
        var (refusing, _) = await RegisterAsync(api, receiver.Url, "*");
        using var refusingSocket = RefusingSocket();
        var (unreachable, _) = await RegisterAsync(api, $"http://127.0.0.1:{((IPEndPoint)refusingSocket.LocalEndPoint!).Port}/hook", "*");

        var refused = await api.PostAsync($"/api/v1/webhook-endpoints/{refusing}/test");
        var failed = await api.PostAsync($"/api/v1/webhook-endpoints/{unreachable}/test");

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.DataString("status").Should().Be("failed");
        refused.Data.GetProperty("status_code").GetInt32().Should().Be(500);
        failed.Status.Should().Be(HttpStatusCode.OK);
        failed.DataString("status").Should().Be("failed");
        failed.Data.GetProperty("status_code").ValueKind.Should().Be(JsonValueKind.Null);
        failed.DataString("error").Should().NotBeNullOrEmpty();
        receiver.Received.Should().ContainSingle("a test ping is one attempt, never retried");
    }

    [Fact]
    public async Task Disabled_and_unsubscribed_endpoints_receive_nothing()
    {
        await using var server = await MockServers.StartAsync(QuickRetries);
        await using var disabled = await WebhookReceiver.StartAsync();
        await using var other = await WebhookReceiver.StartAsync();
        await using var subscribed = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        await RegisterAsync(api, disabled.Url, "*", enabled: false);
        await RegisterAsync(api, other.Url, "invoice.paid");
        var (endpoint, _) = await RegisterAsync(api, subscribed.Url, "ticket.created");

        await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d" });
        await SucceededAsync(api, endpoint, 1);

        subscribed.Received.Should().ContainSingle();
        disabled.Received.Should().BeEmpty();
        other.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Deliveries_follow_the_event_log_in_order_across_domains()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync(QuickRetries);
        await using var _s = server;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url, "*");

        await api.PostAsync("/api/v1/services/svc_000004/activate");
        await api.PostAsync("/api/v1/sessions/ses_000004/disconnect");
        await api.PostAsync("/api/v1/sessions/ses_000001/disconnect");
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        await api.PostAsync("/api/v1/devices", new { serial = "ORDER-1", mac = "AA:BB:CC:DD:00:42" });
        await api.PostAsync("/api/v1/notifications", new { subscriber_id = "sub_000178", channel = "sms", template = "outage_notice" });
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.PatchAsync("/api/v1/subscribers/sub_000179", new { phone = "+15125550199" });
        var events = await EventLog.EventsAsync(api);
        await SucceededAsync(api, endpoint, events.Count);

        receiver.Received.Select(r => r.Json.GetProperty("id").GetString()).Should().Equal(events.Select(e => e.GetProperty("id").GetString()));
        receiver.Received.Select(r => r.Json.GetProperty("type").GetString()).Should().Equal(
            "service.activated", "session.started", "provisioning_job.completed", "session.disconnected", "provisioning_job.completed", "provisioning_job.failed",
            "device.created", "notification.created", "notification.sent", "subscriber.updated");
        receiver.Received.Should().OnlyContain(r => WebhookSignatures.Verify(r.Header("X-WISPGate-Signature"), secret, r.Body).Valid);
    }

    [Fact]
    public async Task Time_passing_alone_completes_jobs_and_delivers_their_events()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync(QuickRetries);
        await using var _s = server;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        await RegisterAsync(api, receiver.Url, "provisioning_job.completed");
        var job = (await api.PostAsync("/api/v1/services/svc_000004/activate")).DataString("id");

        time.Advance(TimeSpan.FromSeconds(3));
        var received = await EventLog.EventuallyAsync(() => Task.FromResult(receiver.Received), r => r.Count >= 1, "the job's completion event, with no API call after the clock moved");

        received.Single().Json.GetProperty("data").GetProperty("object").GetProperty("id").GetString().Should().Be(job);
        received.Single().Json.GetProperty("data").GetProperty("object").GetProperty("status").GetString().Should().Be("acked");
    }

    private static async Task<(string Id, string Secret)> RegisterAsync(ApiClient api, string url, string events, bool enabled = true)
    {
        var created = await api.PostAsync("/api/v1/webhook-endpoints", new { url, events = new[] { events }, enabled });
        created.Status.Should().Be(HttpStatusCode.Created);
        return (created.DataString("id")!, created.DataString("secret")!);
    }

    private static async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(ApiClient api, string endpoint, string query = "")
    {
        var page = await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries?limit=100{query}");
        page.Status.Should().Be(HttpStatusCode.OK);
        return page.Data.EnumerateArray().ToList();
    }

    private static Task<IReadOnlyList<JsonElement>> SucceededAsync(ApiClient api, string endpoint, int count) =>
        EventLog.EventuallyAsync(
            () => DeliveriesAsync(api, endpoint),
            list => list.Count(d => d.GetProperty("status").GetString() == "succeeded") >= count,
            $"{count} successful deliveries");

    private static Task<IReadOnlyList<JsonElement>> AttemptsAsync(ApiClient api, string endpoint, string eventId, int count) =>
        EventLog.EventuallyAsync(
            () => DeliveriesAsync(api, endpoint, $"&event_id={eventId}"),
            list => list.Count >= count,
            $"{count} attempts for {eventId}");

    /// <summary>
    /// A socket bound to a free loopback port and never listening: connections to the port are refused, and no other
    /// test can take the port while the socket is held (unlike a port just freed).
    /// </summary>
    private static Socket RefusingSocket()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
