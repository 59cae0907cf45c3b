using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WISPGate.Benchmarks.Canned;

/// <summary>
/// A minimal Kestrel server on 127.0.0.1 (free port) answering the subscriber routes with the same
/// canned bodies as <see cref="CannedHandler"/>: real sockets and HTTP parsing, no application logic.
/// </summary>
internal sealed class CannedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CannedServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<CannedServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CannedServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var (status, body) = HttpMethods.IsPost(request.Method)
            ? (StatusCodes.Status201Created, CannedBodies.Created)
            : request.Path.Value!.Length > "/api/v1/subscribers/".Length
                ? (StatusCodes.Status200OK, CannedBodies.Subscriber)
                : (StatusCodes.Status200OK, CannedBodies.Page);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        response.Headers["X-Request-ID"] = "req_7c01f3";
        return response.Body.WriteAsync(body).AsTask();
    }
}
