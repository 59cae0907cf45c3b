using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests;

public sealed class ConstructionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Both_construction_paths_choose_the_key_once_outside_the_retries_and_the_token_on_every_attempt(bool fromContainer)
    {
        // The handler order, seen from the wire: the idempotency key is chosen outside the resilience handler (the
        // same on both attempts), the token inside it (asked again for the retry), the headers added once.
        using var server = SdkHarness.StartServer();
        server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers").UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));
        var issued = 0;
        void Configure(WispGateClientOptions options)
        {
            SdkHarness.ConfigureForTests(options, server);
            options.ApiToken = null;
            options.ApiTokenProvider = _ => ValueTask.FromResult($"token-{Interlocked.Increment(ref issued)}");
            options.TenantId = "tenant_demo_001";
        }

        var services = new ServiceCollection();
        services.AddWispGate(Configure);
        await using var provider = services.BuildServiceProvider();
        var options = new WispGateClientOptions();
        Configure(options);
        using var created = WispGateClient.Create(options);
        var client = fromContainer ? provider.GetRequiredService<IWispGateClient>() : created;

        var result = await client.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        var requests = server.LogEntries.Select(entry => entry.RequestMessage!).ToList();
        requests.Should().HaveCount(2);
        result.Attempts.Should().Be(2);
        requests.Select(request => request.Headers!["X-Idempotency-Key"].Single()).Should().Equal(result.IdempotencyKey, result.IdempotencyKey);
        requests.Select(request => request.Headers!["Authorization"].Single()).Should().Equal("Bearer token-1", "Bearer token-2");
        requests.Should().OnlyContain(request => request.Headers!["X-Tenant-ID"].Count == 1 && request.Headers!["User-Agent"].Count == 1);
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
    public async Task Registering_twice_keeps_one_pipeline()
    {
        using var server = SdkHarness.StartServer();
        server.FirstThen(
            Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddWispGate(options => SdkHarness.ConfigureForTests(options, server));
        services.AddWispGate(options => options.ApiToken = "second-call-token");
        await using var provider = services.BuildServiceProvider();

        var subscriber = await provider.GetRequiredService<IWispGateClient>().Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        // A doubled pipeline would log each attempt twice, retry inside a retry and add its headers twice.
        subscriber.Attempts.Should().Be(2);
        var requests = server.LogEntries.Select(entry => entry.RequestMessage!).ToList();
        requests.Should().HaveCount(2);
        requests.Should().OnlyContain(request => request.Headers!["User-Agent"].Count == 1);
        requests.Select(request => request.Headers!["Authorization"].Single()).Should().Equal("Bearer second-call-token", "Bearer second-call-token");
        var sdkLogs = provider.GetFakeLogCollector().GetSnapshot().Where(record => record.Category == WispGateDiagnostics.LoggerCategory).ToList();
        sdkLogs.Select(record => record.Id.Name).Should().Equal("AttemptFailedStatus", "RetryScheduled", "AttemptCompleted");
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
