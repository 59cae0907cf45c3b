using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Docs;

/// <summary>The README's Configure, Subscribers, Errors and Paging snippets, run against stubs (listed in the integration tests' <c>Docs/DocSnippetTests</c>).</summary>
public sealed class ReadmeExamplesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Configure_call_handle_errors_and_page_as_the_readme_shows()
    {
        using var server = SdkHarness.StartServer();
        server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));
        server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000184/activate").UsingPost())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_000184", status: "active"))));
        server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000184/suspend").UsingPost())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_000184", status: "suspended"))));
        server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000184").UsingPatch())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_000184", status: "suspended"))));
        server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_2"), Json.Subscriber("sub_1")], null, hasMore: false)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WispGate:BaseUrl"] = server.Url,
            ["WispGate:ApiToken"] = SdkHarness.Token,
            ["WispGate:TenantId"] = "tenant_demo_001",
        }).Build();

        // Configure
        var services = new ServiceCollection();
        services.AddWispGate(configuration.GetSection(WispGateClientOptions.SectionName));
        await using var provider = services.BuildServiceProvider();
        var wispGate = provider.GetRequiredService<IWispGateClient>();

        // Call
        var created = await wispGate.Subscribers.CreateAsync(
            new CreateSubscriberRequest
            {
                ExternalId = "crm-23991",
                FullName = "Jane Doe",
                Status = SubscriberStatus.Prospect,
                BillingProfileId = "bp_001",
            },
            cancellationToken: Ct);
        Subscriber jane = created.Data;
        await wispGate.Subscribers.ActivateAsync(jane.Id, cancellationToken: Ct);
        await wispGate.Subscribers.SuspendAsync(jane.Id, new SuspendSubscriberRequest { Reason = "non_payment" }, cancellationToken: Ct);
        await wispGate.Subscribers.UpdateAsync(jane.Id, new UpdateSubscriberRequest { Email = "jane@example.com", Phone = null }, cancellationToken: Ct);

        created.RequestId.Should().Be("req_92aa7d");
        created.IdempotencyKey.Should().NotBeNullOrEmpty();

        // Handle errors
        server.Reset();
        server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingPost())
            .RespondWith(Stubs.JsonResponse(409, Json.SeedDuplicateError));
        string? conflictField = null;
        try
        {
            await wispGate.Subscribers.CreateAsync(new CreateSubscriberRequest { ExternalId = "crm-23991", FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);
        }
        catch (WispGateConflictException e) when (e.Code == WispGateErrorCodes.DuplicateSubscriber)
        {
            conflictField = e.Field;
        }

        conflictField.Should().Be("external_id");

        // Page
        server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_2"), Json.Subscriber("sub_1")], null, hasMore: false)));
        Page<Subscriber> page = await wispGate.Subscribers.ListAsync(
            new SubscriberListOptions { Status = [SubscriberStatus.Active, SubscriberStatus.Suspended], Limit = 50 },
            cancellationToken: Ct);
        var all = new List<string>();
        await foreach (var subscriber in wispGate.Subscribers.ListAllAsync(new SubscriberListOptions { Search = "Doe" }, cancellationToken: Ct))
        {
            all.Add(subscriber.Id);
        }

        page.Items.Should().HaveCount(2);
        page.HasMore.Should().BeFalse();
        all.Should().Equal("sub_2", "sub_1");
    }

    [Fact]
    public async Task Create_works_without_a_container_as_the_readme_shows()
    {
        using var server = SdkHarness.StartServer();
        server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        var baseUrl = new Uri(server.Url!);
        var token = SdkHarness.Token;

        using var wispGate = WispGateClient.Create(new WispGateClientOptions { BaseUrl = baseUrl, ApiToken = token });

        (await wispGate.Subscribers.GetAsync("sub_1", cancellationToken: Ct)).Data.Id.Should().Be("sub_1");
    }
}
