using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using WISPGate.Benchmarks.Generated.Kiota;

namespace WISPGate.Benchmarks;

/// <summary>
/// How the benchmarks and the cold start build the NSwag- and Kiota-generated clients (Generated/, see generate-clients.sh):
/// as their docs show, one long-lived HttpClient each with the bearer token as a default header.
/// </summary>
internal static class GeneratedClients
{
    /// <summary>The NSwag client's HttpClient: a plain one (SocketsHttpHandler unless given), base address and bearer token set.</summary>
    public static HttpClient CreateNSwagHttpClient(Uri baseAddress, string token, HttpMessageHandler? primaryHandler)
    {
        var http = new HttpClient(primaryHandler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Kiota's own HttpClient (<see cref="KiotaClientFactory"/>: retry, redirect, headers inspection… handlers) with the bearer token set.</summary>
    public static HttpClient CreateKiotaHttpClient(string token, HttpMessageHandler? primaryHandler)
    {
        var http = primaryHandler is null ? KiotaClientFactory.Create() : KiotaClientFactory.Create(primaryHandler);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The Kiota client over <paramref name="http"/>: its request adapter, base URL without the trailing slash.</summary>
    public static WispGateKiotaClient CreateKiotaClient(Uri baseAddress, HttpClient http) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = baseAddress.ToString().TrimEnd('/'),
        });
}
