using System.Reflection;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Subscribers;

/// <summary>Every operation of the Subscribers &amp; CRM area: the right method, path and body on the wire, the typed result back.</summary>
public sealed class SubscribersAreaTests
{
    private const string Contact = """{ "id": "con_1", "subscriber_id": "sub_1", "name": "Ann Lee", "email": "ann@example.com", "phone": null, "roles": ["technical"], "created_at": "2026-04-13T10:21:00Z" }""";
    private const string Balance = """{ "subscriber_id": "sub_1", "balance": 4999, "credit": 0, "outstanding": 4999, "currency": "USD", "has_overdue_invoice": true }""";
    private const string Service = """{ "id": "svc_1", "subscriber_id": "sub_1", "service_package_id": "pkg_100", "status": "pending", "service_address": null, "start_date": "2026-05-01", "price_override": null, "devices": [], "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<OperationCase> Operations => new()
    {
        new OperationCase("createSubscriber", "POST", "/api/v1/subscribers", 201, Json.SeedSubscriber,
            async c => await c.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct),
            """{"full_name":"Jane Doe","status":"prospect"}"""),
        new OperationCase("getSubscriber", "GET", "/api/v1/subscribers/sub_1", 200, Json.Subscriber("sub_1"),
            async c => await c.Subscribers.GetAsync("sub_1", cancellationToken: Ct), null),
        new OperationCase("updateSubscriber", "PATCH", "/api/v1/subscribers/sub_1", 200, Json.Subscriber("sub_1"),
            async c => await c.Subscribers.UpdateAsync("sub_1", new UpdateSubscriberRequest { Phone = "+15550001234", Address = new Address { Line1 = "9 Mesh Road", City = "Austin" } }, cancellationToken: Ct),
            """{"phone":"+15550001234","address":{"line1":"9 Mesh Road","city":"Austin"}}"""),
        new OperationCase("deleteSubscriber", "DELETE", "/api/v1/subscribers/sub_1", 204, null,
            async c => await c.Subscribers.DeleteAsync("sub_1", cancellationToken: Ct), null),
        new OperationCase("activateSubscriber", "POST", "/api/v1/subscribers/sub_1/activate", 200, Json.Subscriber("sub_1", status: "active"),
            async c => await c.Subscribers.ActivateAsync("sub_1", cancellationToken: Ct), null),
        new OperationCase("suspendSubscriber", "POST", "/api/v1/subscribers/sub_1/suspend", 200, Json.Subscriber("sub_1", status: "suspended"),
            async c => await c.Subscribers.SuspendAsync("sub_1", new SuspendSubscriberRequest { Reason = "non_payment" }, cancellationToken: Ct),
            """{"reason":"non_payment"}"""),
        new OperationCase("reactivateSubscriber", "POST", "/api/v1/subscribers/sub_1/reactivate", 200, Json.Subscriber("sub_1", status: "active"),
            async c => await c.Subscribers.ReactivateAsync("sub_1", cancellationToken: Ct), null),
        new OperationCase("cancelSubscriber", "POST", "/api/v1/subscribers/sub_1/cancel", 200, Json.Subscriber("sub_1", status: "cancelled"),
            async c => await c.Subscribers.CancelAsync("sub_1", new CancelSubscriberRequest { Reason = "moved" }, cancellationToken: Ct),
            """{"reason":"moved"}"""),
        new OperationCase("createSubscriberContact", "POST", "/api/v1/subscribers/sub_1/contacts", 201, Contact,
            async c => await c.Subscribers.AddContactAsync("sub_1", new CreateContactRequest { Name = "Ann Lee", Email = "ann@example.com", Roles = [ContactRole.Technical] }, cancellationToken: Ct),
            """{"name":"Ann Lee","email":"ann@example.com","roles":["technical"]}"""),
        new OperationCase("deleteSubscriberContact", "DELETE", "/api/v1/subscribers/sub_1/contacts/con_1", 204, null,
            async c => await c.Subscribers.RemoveContactAsync("sub_1", "con_1", cancellationToken: Ct), null),
        new OperationCase("getSubscriberBalance", "GET", "/api/v1/subscribers/sub_1/balance", 200, Balance,
            async c => await c.Subscribers.GetBalanceAsync("sub_1", cancellationToken: Ct), null),
        new OperationCase("createService", "POST", "/api/v1/services", 201, Service,
            async c => await c.Services.CreateAsync(new CreateServiceRequest { SubscriberId = "sub_1", ServicePackageId = "pkg_100", StartDate = new DateOnly(2026, 5, 1) }, cancellationToken: Ct),
            """{"subscriber_id":"sub_1","service_package_id":"pkg_100","start_date":"2026-05-01"}"""),
        new OperationCase("getService", "GET", "/api/v1/services/svc_1", 200, Service,
            async c => await c.Services.GetAsync("svc_1", cancellationToken: Ct), null),
        new OperationCase("updateService", "PATCH", "/api/v1/services/svc_1", 200, Service,
            async c => await c.Services.UpdateAsync("svc_1", new UpdateServiceRequest { PriceOverride = new Money { Amount = 3999, Currency = "USD" } }, cancellationToken: Ct),
            """{"price_override":{"amount":3999,"currency":"USD"}}"""),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Each_operation_sends_its_method_path_and_body_and_reads_its_result(OperationCase operation) =>
        OperationCases.RunAsync(operation);

    [Fact]
    public async Task List_operations_hit_their_catalog_routes()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1/contacts").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Contact], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/services").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Service], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_1")], null, hasMore: false)));

        var contacts = await harness.Client.Subscribers.ListContactsAsync("sub_1", new() { Limit = 10 }, cancellationToken: Ct);
        var services = await harness.Client.Services.ListAsync(new ServiceListOptions { SubscriberId = "sub_1", Status = [ServiceStatus.Active, ServiceStatus.Pending] }, cancellationToken: Ct);
        var subscribers = await harness.Client.Subscribers.ListAsync(cancellationToken: Ct);

        contacts.Items.Single().Roles.Should().Equal(ContactRole.Technical);
        services.Items.Single().Status.Should().Be(ServiceStatus.Pending);
        subscribers.Items.Single().Id.Should().Be("sub_1");
        var requests = harness.Requests;
        OperationCases.ShouldBeTheCatalogOperation(requests[0].Method, requests[0].Path, "listSubscriberContacts");
        OperationCases.ShouldBeTheCatalogOperation(requests[1].Method, requests[1].Path, "listServices");
        OperationCases.ShouldBeTheCatalogOperation(requests[2].Method, requests[2].Path, "listSubscribers");
        requests[0].Query!["limit"].Should().Equal("10");
        requests[1].Query!["subscriber_id"].Should().Equal("sub_1");
        requests[1].Query!["status"].Should().Equal("active,pending");
    }

    [Fact]
    public async Task Ids_are_escaped_into_the_path()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().UsingGet())
            .RespondWith(Stubs.JsonResponse(404, Json.Error("not_found", "No such subscriber.")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1/../../admin?x=1", cancellationToken: Ct);

        await call.Should().ThrowAsync<WISPGate.Sdk.Errors.WispGateNotFoundException>();
        harness.Requests.Single().AbsoluteUrl.Should().EndWith("/api/v1/subscribers/sub_1%2F..%2F..%2Fadmin%3Fx=1", "slashes and the query mark cannot leave the resource path");
    }

    [Fact]
    public void Every_method_names_a_catalog_operation_and_the_area_covers_its_catalog_operations()
    {
        var methods = new[] { typeof(ISubscribersClient), typeof(IServicesClient) }.SelectMany(type => type.GetMethods()).ToList();
        var operationIds = methods.Select(method => method.GetCustomAttribute<WispGateOperationAttribute>()?.OperationId).ToList();

        operationIds.Should().NotContainNulls("every public method names the operation it calls");
        operationIds.Should().BeSubsetOf(CatalogOperations.All.Select(operation => operation.OperationId));
        // IServicesClient also carries the Network & Provisioning service actions (checked by ProvisioningAreaTests).
        operationIds.Distinct().Where(id => CatalogOperations.All.Single(operation => operation.OperationId == id).Tag == CatalogOperations.Subscribers)
            .Should().BeEquivalentTo(
                CatalogOperations.All.Where(operation => operation.Tag == CatalogOperations.Subscribers).Select(operation => operation.OperationId),
                "the Subscribers & CRM area is complete");
    }
}
