using Microsoft.Extensions.DependencyInjection;
using WISPGate.MockServer;
using WISPGate.Sdk;

namespace WISPGate.IntegrationTests.Infrastructure;

/// <summary>
/// The reference mock server in process on a free loopback port, and the SDK registered against it through
/// <c>AddWispGate</c> with the demo token and millisecond retry delays.
/// </summary>
internal sealed class SdkAgainstMock : IAsyncDisposable
{
    private SdkAgainstMock(WispGateMockServer server, ServiceProvider services, ContractValidator validator)
    {
        Server = server;
        Services = services;
        Validator = validator;
    }

    /// <summary>Checks every response against the contract; its problems fail the test at dispose.</summary>
    public ContractValidator Validator { get; }

    public WispGateMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IWispGateClient Client => Services.GetRequiredService<IWispGateClient>();

    public static async Task<SdkAgainstMock> StartAsync(
        Action<WispGateClientOptions>? configure = null,
        WispGateMockServerOptions? serverOptions = null,
        TimeProvider? sdkClock = null)
    {
        var server = await WispGateMockServer.StartAsync(serverOptions ?? new WispGateMockServerOptions(), TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        services.AddLogging();
        if (sdkClock is not null)
        {
            services.AddSingleton(sdkClock);
        }

        var validator = new ContractValidator();
        services.AddWispGate(options =>
        {
            options.BaseUrl = new Uri(server.BaseUrl);
            options.ApiToken = server.DemoTokens.ReadWrite;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.Timeout = TimeSpan.FromSeconds(60);
            configure?.Invoke(options);
        }).AddHttpMessageHandler(() => new ContractValidator.Handler(validator));
        return new SdkAgainstMock(server, services.BuildServiceProvider(), validator);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        Validator.Problems.Should().BeEmpty("every response of the mock server matches the contract");
    }
}
