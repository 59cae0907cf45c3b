using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace WISPGate.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real ASP.NET Core app on Kestrel, 127.0.0.1 port 0, with the webhook endpoint at <see cref="Route"/>: options bound
/// from <see cref="Configuration"/> (reloadable) and then <c>configure</c>, logs collected in memory.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    public const string Route = "/webhooks/wispgate";

    private readonly WebApplication _app;

    private WebhookApp(WebApplication app, IConfigurationRoot configuration, Uri baseUrl)
    {
        _app = app;
        Configuration = configuration;
        Http = new HttpClient { BaseAddress = baseUrl };
    }

    /// <summary>The configuration the options are bound from (section <c>WispGateWebhooks</c>); set keys and <c>Reload()</c>.</summary>
    public IConfigurationRoot Configuration { get; }

    public HttpClient Http { get; }

    public Uri Url => new(Http.BaseAddress!, Route);

    public IServiceProvider Services => _app.Services;

    /// <summary>Every log record of the app so far.</summary>
    public IReadOnlyList<FakeLogRecord> Logs => _app.Services.GetFakeLogCollector().GetSnapshot();

    public static async Task<WebhookApp> StartAsync(
        Action<WispGateWebhookOptions>? configure = null,
        Action<WispGateWebhookHandlers>? handlers = null,
        Action<IServiceCollection>? services = null,
        Func<IEndpointRouteBuilder, IEndpointConventionBuilder>? map = null,
        IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        var options = builder.Services.AddWispGateWebhooks(configuration.GetSection(WispGateWebhookOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is not null)
        {
            map(app);
        }
        else
        {
            app.MapWispGateWebhooks(Route, handlers);
        }

        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookApp(app, configuration, new Uri(address));
    }

    /// <summary>POSTs a delivery to the endpoint.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(string body, string? signatureHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signatureHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("X-WISPGate-Signature", signatureHeader);
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>POSTs raw bytes, with or without a Content-Length (chunked).</summary>
    public async Task<HttpResponseMessage> DeliverBytesAsync(byte[] body, string signatureHeader, bool chunked)
    {
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        request.Headers.TryAddWithoutValidation("X-WISPGate-Signature", signatureHeader);
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
