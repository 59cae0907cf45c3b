using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Tests.Infrastructure;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Support;

/// <summary>Every operation of the Automation &amp; Support area: method, path, query and body on the wire, the typed result back.</summary>
public sealed class SupportAreaTests
{
    internal const string Ticket = """{ "id": "tkt_1", "subject": "No signal", "description": "CPE shows no link since this morning.", "subscriber_id": "sub_1", "service_id": null, "status": "new", "priority": "high", "assignee": null, "comment_count": 0, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z", "resolved_at": null, "closed_at": null }""";
    internal const string Comment = """{ "id": "cmt_1", "ticket_id": "tkt_1", "author": "noc@wisp.example", "body": "Tower 3 realigned.", "public": true, "created_at": "2026-04-13T10:25:00Z" }""";
    internal const string SubscriberEvent = """{ "id": "evt_000901", "type": "subscriber.created", "created_at": "2026-04-13T10:21:00Z", "tenant_id": "tenant_demo_001", "data": { "object": { "id": "sub_000184", "external_id": "crm-23991", "full_name": "Jane Doe", "status": "prospect", "billing_profile_id": "bp_001", "created_at": "2026-04-13T10:21:00Z" } } }""";
    internal const string Endpoint = """{ "id": "whe_1", "url": "https://crm.example/hooks/wispgate", "description": null, "events": ["*"], "enabled": true, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string CreatedEndpoint = """{ "id": "whe_1", "url": "https://crm.example/hooks/wispgate", "description": "CRM", "events": ["invoice.paid", "subscriber.created"], "enabled": true, "secret": "whsec_5f0c1a2b3c4d5e6f", "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    internal const string Delivery = """{ "id": "whd_1", "webhook_endpoint_id": "whe_1", "event_id": "evt_1", "event_type": "ping", "attempt": 1, "status": "succeeded", "status_code": 200, "error": null, "delivered_at": "2026-04-13T10:21:01Z", "created_at": "2026-04-13T10:21:00Z" }""";
    internal const string Notification = """{ "id": "ntf_1", "subscriber_id": "sub_1", "channel": "sms", "template": "outage_notice", "variables": { "eta": "14:00" }, "to": "+15550001234", "status": "queued", "error": null, "created_at": "2026-04-13T10:21:00Z", "sent_at": null }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<OperationCase> Operations => new()
    {
        new OperationCase("createTicket", "POST", "/api/v1/tickets", 201, Ticket,
            async c => await c.Tickets.CreateAsync(new CreateTicketRequest { Subject = "No signal", Description = "CPE shows no link since this morning.", SubscriberId = "sub_1", Priority = TicketPriority.High }, cancellationToken: Ct),
            """{"subject":"No signal","description":"CPE shows no link since this morning.","subscriber_id":"sub_1","priority":"high"}""",
            result => ((Ticket)result).Should().Match<Ticket>(ticket => ticket.Status == TicketStatus.New && ticket.Priority == TicketPriority.High)),
        new OperationCase("getTicket", "GET", "/api/v1/tickets/tkt_1", 200, Ticket,
            async c => await c.Tickets.GetAsync("tkt_1", cancellationToken: Ct), null),
        new OperationCase("updateTicket", "PATCH", "/api/v1/tickets/tkt_1", 200, Ticket.Replace("\"new\"", "\"open\"", StringComparison.Ordinal),
            async c => await c.Tickets.UpdateAsync("tkt_1", new UpdateTicketRequest { Status = TicketStatus.Open, Assignee = null }, cancellationToken: Ct),
            """{"status":"open","assignee":null}""",
            result => ((Ticket)result).Status.Should().Be(TicketStatus.Open)),
        new OperationCase("createTicketComment", "POST", "/api/v1/tickets/tkt_1/comments", 201, Comment,
            async c => await c.Tickets.AddCommentAsync("tkt_1", new CreateTicketCommentRequest { Author = "noc@wisp.example", Body = "Tower 3 realigned.", Public = true }, cancellationToken: Ct),
            """{"author":"noc@wisp.example","body":"Tower 3 realigned.","public":true}""",
            result => ((TicketComment)result).Public.Should().BeTrue()),
        new OperationCase("getEvent", "GET", "/api/v1/events/evt_000901", 200, SubscriberEvent,
            async c => await c.Events.GetAsync("evt_000901", cancellationToken: Ct), null,
            result => ((Event)result).Data.Object.Should().BeOfType<Subscriber>().Which.Id.Should().Be("sub_000184")),
        new OperationCase("createWebhookEndpoint", "POST", "/api/v1/webhook-endpoints", 201, CreatedEndpoint,
            async c => await c.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest { Url = "https://crm.example/hooks/wispgate", Description = "CRM", Events = ["invoice.paid", "subscriber.created"] }, cancellationToken: Ct),
            """{"url":"https://crm.example/hooks/wispgate","description":"CRM","events":["invoice.paid","subscriber.created"]}""",
            result => ((WebhookEndpoint)result).Secret.Should().Be("whsec_5f0c1a2b3c4d5e6f", "the create response is the one that carries the secret")),
        new OperationCase("getWebhookEndpoint", "GET", "/api/v1/webhook-endpoints/whe_1", 200, Endpoint,
            async c => await c.WebhookEndpoints.GetAsync("whe_1", cancellationToken: Ct), null,
            result => ((WebhookEndpoint)result).Should().Match<WebhookEndpoint>(endpoint => endpoint.Secret == null && endpoint.Events.Single() == WebhookEndpoint.AllEvents)),
        new OperationCase("deleteWebhookEndpoint", "DELETE", "/api/v1/webhook-endpoints/whe_1", 204, null,
            async c => await c.WebhookEndpoints.DeleteAsync("whe_1", cancellationToken: Ct), null),
        new OperationCase("testWebhookEndpoint", "POST", "/api/v1/webhook-endpoints/whe_1/test", 200, Delivery,
            async c => await c.WebhookEndpoints.TestAsync("whe_1", cancellationToken: Ct), null,
            result => ((WebhookDelivery)result).Should().Match<WebhookDelivery>(delivery => delivery.EventType == EventType.Ping && delivery.Status == WebhookDeliveryStatus.Succeeded && delivery.StatusCode == 200)),
        new OperationCase("createNotification", "POST", "/api/v1/notifications", 201, Notification,
            async c => await c.Notifications.CreateAsync(new CreateNotificationRequest { SubscriberId = "sub_1", Channel = NotificationChannel.Sms, Template = "outage_notice", Variables = new Dictionary<string, string> { ["eta"] = "14:00" } }, cancellationToken: Ct),
            """{"subscriber_id":"sub_1","channel":"sms","template":"outage_notice","variables":{"eta":"14:00"}}""",
            result => ((Notification)result).Status.Should().Be(NotificationStatus.Queued)),
        new OperationCase("getNotification", "GET", "/api/v1/notifications/ntf_1", 200, Notification,
            async c => await c.Notifications.GetAsync("ntf_1", cancellationToken: Ct), null),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Each_operation_sends_its_method_path_and_body_and_reads_its_result(OperationCase operation) =>
        OperationCases.RunAsync(operation);

    [Fact]
    public async Task List_operations_send_their_filters_limit_and_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/tickets").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Ticket], "cur_next", hasMore: true, limit: 10)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/tickets/tkt_1/comments").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Comment], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/events").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([SubscriberEvent], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/webhook-endpoints").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Endpoint], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/webhook-endpoints/whe_1/deliveries").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Delivery], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/notifications").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Notification], null, hasMore: false)));
        var client = harness.Client;
        var april = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var tickets = await client.Tickets.ListAsync(new TicketListOptions
        {
            Status = [TicketStatus.New, TicketStatus.Open],
            Priority = [TicketPriority.Urgent],
            SubscriberId = "sub_1",
            Assignee = "noc@wisp.example",
            Search = "signal",
            CreatedAfter = april,
            Limit = 10,
            Cursor = "cur_1",
        }, cancellationToken: Ct);
        var comments = await client.Tickets.ListCommentsAsync("tkt_1", new ListOptions { Limit = 2 }, cancellationToken: Ct);
        var events = await client.Events.ListAsync(new EventListOptions { Type = [EventType.InvoicePaid, EventType.ProvisioningJobFailed], CreatedAfter = april, CreatedBefore = april.AddDays(30) }, cancellationToken: Ct);
        var endpoints = await client.WebhookEndpoints.ListAsync(new ListOptions { Limit = 3 }, cancellationToken: Ct);
        var deliveries = await client.WebhookEndpoints.ListDeliveriesAsync("whe_1", new WebhookDeliveryListOptions { EventId = "evt_1", Status = [WebhookDeliveryStatus.Failed] }, cancellationToken: Ct);
        var notifications = await client.Notifications.ListAsync(new NotificationListOptions { SubscriberId = "sub_1", Channel = [NotificationChannel.Email, NotificationChannel.Sms], Status = [NotificationStatus.Failed], CreatedBefore = april }, cancellationToken: Ct);

        tickets.Should().Match<Page<Ticket>>(page => page.HasMore && page.NextCursor == "cur_next");
        comments.Items.Single().TicketId.Should().Be("tkt_1");
        events.Items.Single().KnownType.Should().Be(EventType.SubscriberCreated);
        endpoints.Items.Single().Enabled.Should().BeTrue();
        deliveries.Items.Single().Attempt.Should().Be(1);
        notifications.Items.Single().Channel.Should().Be(NotificationChannel.Sms);

        var requests = harness.Requests;
        string[] operationIds = ["listTickets", "listTicketComments", "listEvents", "listWebhookEndpoints", "listWebhookDeliveries", "listNotifications"];
        for (var i = 0; i < operationIds.Length; i++)
        {
            OperationCases.ShouldBeTheCatalogOperation(requests[i].Method, requests[i].Path, operationIds[i]);
        }

        Query(requests[0]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["status"] = "new,open",
            ["priority"] = "urgent",
            ["subscriber_id"] = "sub_1",
            ["assignee"] = "noc@wisp.example",
            ["q"] = "signal",
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["limit"] = "10",
            ["cursor"] = "cur_1",
        });
        Query(requests[1]).Should().BeEquivalentTo(new Dictionary<string, string> { ["limit"] = "2" });
        Query(requests[2]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["type"] = "invoice.paid,provisioning_job.failed",
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["created_before"] = "2026-05-01T00:00:00Z",
        });
        Query(requests[3]).Should().BeEquivalentTo(new Dictionary<string, string> { ["limit"] = "3" });
        Query(requests[4]).Should().BeEquivalentTo(new Dictionary<string, string> { ["event_id"] = "evt_1", ["status"] = "failed" });
        Query(requests[5]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["subscriber_id"] = "sub_1",
            ["channel"] = "email,sms",
            ["status"] = "failed",
            ["created_before"] = "2026-04-01T00:00:00Z",
        });
    }

    public static TheoryData<string, string, string, Func<IWispGateClient, IAsyncEnumerable<object>>> ListAllOperations => new()
    {
        { "/api/v1/tickets", Ticket, Ticket.Replace("tkt_1", "tkt_2", StringComparison.Ordinal), c => c.Tickets.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/tickets/tkt_1/comments", Comment, Comment.Replace("cmt_1", "cmt_2", StringComparison.Ordinal), c => c.Tickets.ListAllCommentsAsync("tkt_1", new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/events", SubscriberEvent, SubscriberEvent.Replace("evt_000901", "evt_000900", StringComparison.Ordinal), c => c.Events.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/webhook-endpoints", Endpoint, Endpoint.Replace("whe_1", "whe_2", StringComparison.Ordinal), c => c.WebhookEndpoints.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/webhook-endpoints/whe_1/deliveries", Delivery, Delivery.Replace("whd_1", "whd_2", StringComparison.Ordinal), c => c.WebhookEndpoints.ListAllDeliveriesAsync("whe_1", new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/notifications", Notification, Notification.Replace("ntf_1", "ntf_2", StringComparison.Ordinal), c => c.Notifications.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
    };

    [Theory]
    [MemberData(nameof(ListAllOperations))]
    public Task ListAll_walks_every_page(string path, string first, string second, Func<IWispGateClient, IAsyncEnumerable<object>> listAll) =>
        OperationCases.ListAllWalksPagesAsync(path, first, second, listAll);

    [Fact]
    public async Task Unknown_states_and_event_types_from_a_newer_API_do_not_fail_the_call()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/tickets/tkt_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Ticket.Replace("\"new\"", "\"escalated\"", StringComparison.Ordinal).Replace("\"high\"", "\"critical\"", StringComparison.Ordinal))));
        harness.Server.Given(Request.Create().WithPath("/api/v1/events/evt_9").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope("""{ "id": "evt_9", "type": "workflow.triggered", "created_at": "2026-04-13T10:21:00Z", "tenant_id": "tenant_demo_001", "data": { "object": { "id": "wfl_1", "steps": 3 } }, "previous": {} }""")));

        var ticket = (await harness.Client.Tickets.GetAsync("tkt_1", cancellationToken: Ct)).Data;
        var evt = (await harness.Client.Events.GetAsync("evt_9", cancellationToken: Ct)).Data;

        ticket.Status.Should().Be(TicketStatus.Unknown);
        ticket.Priority.Should().Be(TicketPriority.Unknown);
        evt.Type.Should().Be("workflow.triggered");
        evt.KnownType.Should().Be(EventType.Unknown);
        evt.Data.Object.Should().BeNull();
        evt.Data.RawObject.GetProperty("steps").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Every_method_names_a_catalog_operation_and_the_area_covers_its_catalog_operations()
    {
        var operationIds = OperationCases.OperationIdsOf(typeof(ITicketsClient), typeof(IEventsClient), typeof(IWebhookEndpointsClient), typeof(INotificationsClient),
            typeof(WISPGate.Sdk.Workflows.IWorkflowsClient), typeof(WISPGate.Sdk.Workflows.IWorkflowRunsClient), typeof(WISPGate.Sdk.Workflows.IWorkflowTemplatesClient));

        operationIds.Should().NotContainNulls("every public method names the operation it calls");
        operationIds.Distinct().Should().BeEquivalentTo(
            CatalogOperations.All.Where(operation => operation.Tag == CatalogOperations.Support).Select(operation => operation.OperationId),
            "the Automation & Support area is complete");
    }

    private static Dictionary<string, string> Query(WireMock.IRequestMessage request) =>
        request.Query!.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value));
}
