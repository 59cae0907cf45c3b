using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary><c>GET|PUT /__admin/wispgate/state</c> over real HTTP.</summary>
public static class StateAdmin
{
    /// <summary>The admin path.</summary>
    public const string Path = "/__admin/wispgate/state";

    /// <summary>Exports (expects 200) and returns the snapshot's exact bytes.</summary>
    public static async Task<byte[]> ExportAsync(WispGateMockServer server, string? tenant = null, string? adminToken = null)
    {
        using var response = await SendAsync(server, HttpMethod.Get, tenant is null ? Path : $"{Path}?tenant={Uri.EscapeDataString(tenant)}", null, adminToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, Encoding.UTF8.GetString(body));
        return body;
    }

    /// <summary>Imports and returns the status and envelope.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(WispGateMockServer server, byte[] snapshot, string? adminToken = null)
    {
        using var content = new ByteArrayContent(snapshot);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await SendAsync(server, HttpMethod.Put, Path, content, adminToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Imports and expects 200.</summary>
    public static async Task ImportOkAsync(WispGateMockServer server, byte[] snapshot)
    {
        var (status, body) = await ImportAsync(server, snapshot);
        status.Should().Be(HttpStatusCode.OK, body.ToString());
    }

    private static async Task<HttpResponseMessage> SendAsync(WispGateMockServer server, HttpMethod method, string path, HttpContent? content, string? adminToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (adminToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
