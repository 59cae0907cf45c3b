using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using WISPGate.Benchmarks.Ablation;
using WISPGate.Benchmarks.Baseline;
using WISPGate.Benchmarks.Generated.Kiota;
using WISPGate.Sdk;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Benchmarks;

/// <summary>
/// The clients under comparison (the SDK, the baseline, and the NSwag- and Kiota-generated clients of the same contract),
/// built the way an application builds them, on the same transport.
/// </summary>
internal sealed class Clients : IDisposable
{
    public const string Token = "wg_live_benchmark_token_7f3c2a";

    private readonly ServiceProvider _services;
    private readonly HttpClient _baselineHttp;
    private readonly ServiceProvider _resilientServices;
    private readonly HttpClient _nswagHttp;
    private readonly HttpClient _kiotaHttp;

    /// <param name="baseAddress">Where the API is (the canned server, or any host for the in-memory handler).</param>
    /// <param name="primaryHandler">The in-memory handler factory, or <see langword="null"/> for real sockets.</param>
    public Clients(Uri baseAddress, Func<HttpMessageHandler>? primaryHandler)
    {
        // The SDK as the README registers it: AddWispGate in a container, IWispGateClient injected.
        var services = new ServiceCollection();
        var builder = services.AddWispGate(options =>
        {
            options.BaseUrl = baseAddress;
            options.ApiToken = Token;
        });
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        }

        _services = services.BuildServiceProvider();
        Sdk = _services.GetRequiredService<IWispGateClient>();

        // The baseline: one long-lived HttpClient (SocketsHttpHandler for real sockets), the same default headers.
        _baselineHttp = new HttpClient(primaryHandler?.Invoke() ?? new SocketsHttpHandler(), disposeHandler: true)
        {
            BaseAddress = baseAddress,
        };
        _baselineHttp.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _baselineHttp.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Baseline/1.0");
        Baseline = new BaselineClient(_baselineHttp, Token);

        // Ablation: one library at a time on the same transport, to say where the SDK's time goes.
        PlainRefit = RestService.For<IPlainSubscribersApi>(
            _baselineHttp, new RefitSettings(new SystemTextJsonContentSerializer(BaselineJsonContext.Default.Options)));
        var resilientServices = new ServiceCollection();
        var resilient = resilientServices.AddHttpClient("resilient", client => client.BaseAddress = baseAddress);
        if (primaryHandler is not null)
        {
            resilient.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        }

        resilient.AddStandardResilienceHandler();
        _resilientServices = resilientServices.BuildServiceProvider();
        var factory = _resilientServices.GetRequiredService<IHttpClientFactory>();
        BaselineWithResilience = () => new BaselineClient(factory.CreateClient("resilient"), Token);

        // The generated clients as their docs show them: one long-lived HttpClient each, the token as a default header.
        _nswagHttp = GeneratedClients.CreateNSwagHttpClient(baseAddress, Token, primaryHandler?.Invoke());
        NSwag = new Generated.NSwag.WispGateNSwagClient(_nswagHttp);
        _kiotaHttp = GeneratedClients.CreateKiotaHttpClient(Token, primaryHandler?.Invoke());
        Kiota = GeneratedClients.CreateKiotaClient(baseAddress, _kiotaHttp);
    }

    /// <summary>The NSwag-generated client (Generated/NSwag) on an HttpClient of its own.</summary>
    public Generated.NSwag.WispGateNSwagClient NSwag { get; }

    /// <summary>The Kiota-generated client (Generated/Kiota) on Kiota's default HttpClient (its default middleware).</summary>
    public WispGateKiotaClient Kiota { get; }

    /// <summary>Bare Refit (baseline models, no handlers) on the baseline's HttpClient.</summary>
    public IPlainSubscribersApi PlainRefit { get; }

    /// <summary>The baseline on a factory client with Microsoft.Extensions.Http.Resilience's standard pipeline (a new client per call, as the SDK does).</summary>
    public Func<BaselineClient> BaselineWithResilience { get; }

    public IWispGateClient Sdk { get; }

    public BaselineClient Baseline { get; }

    /// <summary>The request body of the create example, as the SDK's model.</summary>
    public static Sdk.Subscribers.CreateSubscriberRequest SdkCreateRequest { get; } = new()
    {
        ExternalId = "crm-23991",
        FullName = "Jane Doe",
        Email = "jane@example.com",
        Phone = "+15550001234",
        Status = SubscriberStatus.Prospect,
        BillingProfileId = "bp_001",
        Address = new Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
        Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
    };

    /// <summary>The same body as the baseline's model.</summary>
    public static BaselineCreateSubscriber BaselineCreateRequest { get; } = new()
    {
        ExternalId = "crm-23991",
        FullName = "Jane Doe",
        Email = "jane@example.com",
        Phone = "+15550001234",
        Status = "prospect",
        BillingProfileId = "bp_001",
        Address = new BaselineAddress { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
        Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
    };

    /// <summary>The same body as the NSwag client's model.</summary>
    public static Generated.NSwag.CreateSubscriberRequest NSwagCreateRequest { get; } = new()
    {
        External_id = "crm-23991",
        Full_name = "Jane Doe",
        Email = "jane@example.com",
        Phone = "+15550001234",
        Status = Generated.NSwag.SubscriberStatus.Prospect,
        Billing_profile_id = "bp_001",
        Address = new Generated.NSwag.Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", Postal_code = "78701" },
        Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
    };

    /// <summary>The same body as the Kiota client's model.</summary>
    public static Generated.Kiota.Models.CreateSubscriberRequest KiotaCreateRequest { get; } = new()
    {
        ExternalId = "crm-23991",
        FullName = "Jane Doe",
        Email = "jane@example.com",
        Phone = "+15550001234",
        Status = Generated.Kiota.Models.SubscriberStatus.Prospect,
        BillingProfileId = "bp_001",
        Address = new Generated.Kiota.Models.Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
        Metadata = new Generated.Kiota.Models.CreateSubscriberRequest_metadata
        {
            AdditionalData = new Dictionary<string, object> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
        },
    };

    public void Dispose()
    {
        _nswagHttp.Dispose();
        _kiotaHttp.Dispose();
        _services.Dispose();
        _resilientServices.Dispose();
        _baselineHttp.Dispose();
    }
}
