using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests;

public sealed class ConstructionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] s_expectedPipeline =
    [
        "CallActivityHandler",
        "RequestHeadersHandler",
        "IdempotencyKeyHandler",
        "ResilienceHandler",
        "AuthenticationHandler",
        "AttemptLoggingHandler",
    ];

    [Fact]
    public void The_container_and_Create_build_the_same_handler_pipeline()
    {
        using var harness = SdkHarness.Start();
        var options = new WispGateClientOptions();
        SdkHarness.ConfigureForTests(options, harness.Server);
        using var created = WispGateClient.Create(options);

        var fromContainer = ((WispGateClient)harness.Client).DescribePipeline(harness.Services);
        var fromCreate = created.DescribePipeline();

        fromCreate.Should().Equal(fromContainer);
        fromContainer.Should().ContainInConsecutiveOrder(s_expectedPipeline, "the idempotency key is chosen outside the retries, the token inside");
    }

    [Fact]
    public async Task A_client_made_by_Create_has_the_same_behaviour_and_disposes_its_services()
    {
        using var server = SdkHarness.StartServer();
        server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers").UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));
        var options = new WispGateClientOptions { TenantId = "tenant_demo_001" };
        SdkHarness.ConfigureForTests(options, server);
        var client = WispGateClient.Create(options);
        options.TenantId = "changed_after_create";

        var created = await client.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);
        client.Dispose();

        var requests = server.LogEntries.Select(entry => entry.RequestMessage!).ToList();
        requests.Should().HaveCount(2);
        requests.Select(request => request.Headers!["X-Idempotency-Key"].Single()).Distinct().Should().ContainSingle().Which.Should().Be(created.IdempotencyKey);
        requests.Should().OnlyContain(request => request.Headers!["X-Tenant-ID"].Single() == "tenant_demo_001");
        await FluentActions.Awaiting(() => client.Subscribers.GetAsync("sub_1", cancellationToken: Ct)).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task The_returned_builder_adds_handlers_to_the_sdk_client()
    {
        using var server = SdkHarness.StartServer();
        server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        var services = new ServiceCollection();
        services.AddWispGate(options => SdkHarness.ConfigureForTests(options, server))
            .AddHttpMessageHandler(() => new StampingHandler());
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IWispGateClient>().Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        server.LogEntries.Single().RequestMessage!.Headers!["X-Stamp"].Should().Equal("added-by-the-application");
    }

    [Fact]
    public void Registering_twice_keeps_one_pipeline()
    {
        var services = new ServiceCollection();
        services.AddWispGate(options => options.BaseUrl = new Uri("http://127.0.0.1:5080"));
        services.AddWispGate(options => options.ApiToken = "second-call-token");
        using var provider = services.BuildServiceProvider();

        var client = (WispGateClient)provider.GetRequiredService<IWispGateClient>();

        client.DescribePipeline(provider).Should().ContainInConsecutiveOrder(s_expectedPipeline).And.OnlyHaveUniqueItems();
        client.Connection.Options.ApiToken.Should().Be("second-call-token");
    }

    [Fact]
    public void The_client_is_a_shared_singleton()
    {
        var services = new ServiceCollection();
        services.AddWispGate(options => { options.BaseUrl = new Uri("http://127.0.0.1:5080"); options.ApiToken = "t"; });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IWispGateClient>().Should().BeSameAs(provider.GetRequiredService<IWispGateClient>());
    }

    private sealed class StampingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Stamp", "added-by-the-application");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
