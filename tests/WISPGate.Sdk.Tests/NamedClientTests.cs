using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using WireMock.RequestBuilders;
using WireMock.Server;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests;

/// <summary>Issue #20: several WISPGate accounts in one app, as named clients from <see cref="IWispGateClientFactory"/>.</summary>
public sealed class NamedClientTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_named_client_calls_its_own_base_url_with_its_own_token_next_to_the_unnamed_one()
    {
        using var serverA = StartAnswering();
        using var serverB = StartAnswering();
        using var serverDefault = StartAnswering();
        var services = new ServiceCollection();
        services.AddWispGate(options => Configure(options, serverDefault, "wgk_test_default"));
        services.AddWispGate("tenant-a", options => Configure(options, serverA, "wgk_test_tenant_a"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WispGateClients:tenant-b:BaseUrl"] = serverB.Url,
            ["WispGateClients:tenant-b:ApiToken"] = "wgk_test_tenant_b",
            ["WispGateClients:tenant-b:TenantId"] = "tenant_b_001",
        }).Build();
        services.AddWispGate("tenant-b", configuration.GetSection("WispGateClients:tenant-b"));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWispGateClientFactory>();

        await factory.CreateClient("tenant-a").Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await factory.CreateClient("tenant-b").Subscribers.GetAsync("sub_1", cancellationToken: Ct);
        await provider.GetRequiredService<IWispGateClient>().Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        Authorizations(serverA).Should().Equal("Bearer wgk_test_tenant_a");
        Authorizations(serverB).Should().Equal("Bearer wgk_test_tenant_b");
        serverB.LogEntries.Single().RequestMessage!.Headers!["X-Tenant-ID"].Should().Equal("tenant_b_001");
        Authorizations(serverDefault).Should().Equal("Bearer wgk_test_default");
        factory.CreateClient("tenant-a").Should().BeSameAs(factory.CreateClient("tenant-a"), "a named client is created once and cached");
        factory.CreateClient("tenant-a").Should().NotBeSameAs(factory.CreateClient("tenant-b"));
    }

    [Fact]
    public async Task Named_clients_are_created_once_under_concurrent_first_use()
    {
        using var server = StartAnswering();
        var services = new ServiceCollection();
        services.AddWispGate("tenant-a", options => Configure(options, server, "wgk_test_a"));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWispGateClientFactory>();

        var clients = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => factory.CreateClient("tenant-a"), Ct)));

        clients.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task An_unknown_name_is_refused_with_the_configured_names()
    {
        using var server = StartAnswering();
        var services = new ServiceCollection();
        services.AddWispGate("tenant-a", options => Configure(options, server, "wgk_test_a"));
        services.AddWispGate("tenant-b", options => Configure(options, server, "wgk_test_b"));
        await using var provider = services.BuildServiceProvider();

        var create = () => provider.GetRequiredService<IWispGateClientFactory>().CreateClient("tenant-c");

        create.Should().Throw<ArgumentException>().WithMessage("*'tenant-c'*'tenant-a', 'tenant-b'*");
    }

    [Fact]
    public async Task A_bad_named_configuration_fails_at_start_up_naming_the_client_and_the_option()
    {
        using var server = StartAnswering();
        var services = new ServiceCollection();
        services.AddWispGate("tenant-good", options => Configure(options, server, "wgk_test_good"));
        services.AddWispGate("tenant-bad", options =>
        {
            Configure(options, server, "wgk_live_S3CR3T");
            options.BaseUrl = new Uri("http://isp.example.net");
            options.MaxRetries = 42;
        });
        await using var provider = services.BuildServiceProvider();

        // What the generic host runs at start (ValidateOnStart).
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();
        var create = () => provider.GetRequiredService<IWispGateClientFactory>().CreateClient("tenant-bad");

        start.Should().Throw<OptionsValidationException>().Which.Message.Should()
            .Contain("WISPGate client 'tenant-bad': WispGateClientOptions.MaxRetries must be between 0 and 10")
            .And.Contain("WISPGate client 'tenant-bad': WispGateClientOptions.ApiToken is a live key")
            .And.NotContain("tenant-good").And.NotContain("S3CR3T");
        create.Should().Throw<OptionsValidationException>().WithMessage("*tenant-bad*MaxRetries*");
        provider.GetRequiredService<IWispGateClientFactory>().CreateClient("tenant-good").Should().NotBeNull("one bad name does not stop the others");
    }

    [Fact]
    public async Task The_circuit_breaker_of_one_name_does_not_open_the_others()
    {
        using var failing = SdkHarness.StartServer();
        failing.Given(Request.Create().WithPath(SubscriberPath).UsingGet()).RespondWith(Stubs.JsonResponse(500, Json.Error("internal_error", "Boom.")));
        using var healthy = StartAnswering();
        var services = new ServiceCollection();
        void Breaker(WispGateClientOptions options)
        {
            options.MaxRetries = 0;
            options.CircuitBreaker.MinimumThroughput = 2;
            options.CircuitBreaker.FailureRatio = 0.5;
            options.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(5);
        }

        services.AddWispGate("tenant-a", options => { Configure(options, failing, "wgk_test_a"); Breaker(options); });
        services.AddWispGate("tenant-b", options => { Configure(options, healthy, "wgk_test_b"); Breaker(options); });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWispGateClientFactory>();
        var getA = () => factory.CreateClient("tenant-a").Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        await getA.Should().ThrowAsync<WispGateServerException>();
        await getA.Should().ThrowAsync<WispGateServerException>();
        var open = (await getA.Should().ThrowAsync<WispGateTransportException>()).Which;
        var b = await factory.CreateClient("tenant-b").Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        open.InnerException.Should().BeAssignableTo<BrokenCircuitException>("tenant-a's circuit opened");
        failing.LogEntries.Should().HaveCount(2, "the open circuit did not send the third call");
        b.Data.Id.Should().Be("sub_1", "tenant-b has its own circuit, still closed");
    }

    private static WireMockServer StartAnswering()
    {
        var server = SdkHarness.StartServer();
        server.Given(Request.Create().WithPath(SubscriberPath).UsingGet()).RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        return server;
    }

    private static void Configure(WispGateClientOptions options, WireMockServer server, string token)
    {
        options.BaseUrl = new Uri(server.Url!);
        options.ApiToken = token;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
    }

    private static List<string> Authorizations(WireMockServer server) =>
        server.LogEntries.Select(entry => entry.RequestMessage!.Headers!["Authorization"].Single()).ToList();
}
