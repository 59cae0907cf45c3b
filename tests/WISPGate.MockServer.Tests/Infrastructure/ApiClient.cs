using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>
/// Talks to a mock server over real HTTP and checks every answer against the contract: the documented status and
/// schema of the operation, <c>X-Request-ID</c> equal to <c>meta.request_id</c>, and the <c>RateLimit-*</c> headers.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client for a server with a default token (null: none).</summary>
    public ApiClient(WispGateMockServer server, string? token = "wgk_test_demo")
    {
        _http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Token = token;
    }

    /// <summary>The bearer token sent unless a request says otherwise.</summary>
    public string? Token { get; set; }

    /// <summary>The underlying client.</summary>
    public HttpClient Http => _http;

    /// <summary>GET.</summary>
    public Task<ApiResponse> GetAsync(string path, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, path, null, headers);

    /// <summary>POST a JSON value (a string is sent as is).</summary>
    public Task<ApiResponse> PostAsync(string path, object? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, Json(body), headers);

    /// <summary>PATCH a JSON value.</summary>
    public Task<ApiResponse> PatchAsync(string path, object body, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Patch, path, Json(body), headers);

    /// <summary>DELETE.</summary>
    public Task<ApiResponse> DeleteAsync(string path, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Delete, path, null, headers);

    /// <summary>Sends anything; <c>Authorization</c> in <paramref name="headers"/> replaces the default token ("" removes it).</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = value.Length == 0 ? null : AuthenticationHeaderValue.Parse(value);
            }
            else if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.Remove(name);
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var all = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var result = new ApiResponse(response.StatusCode, all, body);
        Check(method.Method, path, result);
        return result;
    }

    /// <summary>JSON content from a value (a string is taken as the JSON text itself).</summary>
    public static HttpContent? Json(object? body) => body switch
    {
        null => null,
        string text => new StringContent(text, Encoding.UTF8, "application/json"),
        _ => new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static void Check(string method, string path, ApiResponse response) =>
        // Requests of one test may run concurrently: their checks run in their own assertion scope.
        WISPGate.Tests.Shared.EveryTestAssertsAttribute.Isolated(() =>
        {
            ContractCheck.Problems(method, path, response.Code, response.Body).Should().BeEmpty($"{method} {path} → {response.Code} must match the contract: {response.Body}");
            response.Header("RateLimit-Limit").Should().NotBeNull("every response carries RateLimit-* headers");
            response.Header("RateLimit-Remaining").Should().NotBeNull();
            response.Header("RateLimit-Reset").Should().NotBeNull();
            var requestId = response.Header("X-Request-ID");
            requestId.Should().NotBeNullOrEmpty("every response carries X-Request-ID");
            if (response.Body.StartsWith("{\"success\"", StringComparison.Ordinal))
            {
                response.Meta.GetProperty("request_id").GetString().Should().Be(requestId, "meta.request_id equals X-Request-ID");
                response.Meta.GetProperty("api_version").GetString().Should().Be("v1");
            }
        });
}
