using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// Every operation that carries a secret, against a running server: bearer tokens (valid and unknown), the LibreQoS
/// form's <c>api_token</c>, a webhook endpoint create (its signing secret, shown once) and its idempotent replay, a workflow
/// create (its call_webhook signing secret, shown once) and its replay, a
/// signed test delivery (to a path on the same server, so the server's own request log sees
/// <c>X-WISPGate-Signature</c>), and an admin call with the admin token. Collects every secret it used or was shown.
/// </summary>
public sealed class SecretBearingJourney
{
    private SecretBearingJourney(IReadOnlyList<string> secrets, string signingSecret)
    {
        Secrets = secrets;
        SigningSecret = signingSecret;
    }

    /// <summary>Every secret value of the journey (tokens, the signing secret, the admin token).</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>The webhook signing secret the create answered.</summary>
    public string SigningSecret { get; }

    /// <summary>Runs the journey with an API token of the server's seed and its admin token.</summary>
    public static async Task<SecretBearingJourney> RunAsync(string baseUrl, string apiToken, string adminToken)
    {
        const string unknownToken = "wgk_test_nobody_has_this_token_4711";
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

        (await SendAsync(http, HttpMethod.Get, "/api/v1/subscribers", apiToken)).Should().Be(HttpStatusCode.OK);
        (await SendAsync(http, HttpMethod.Get, "/api/v1/subscribers", unknownToken)).Should().Be(HttpStatusCode.Unauthorized);

        using (var form = new StringContent("api_token=" + Uri.EscapeDataString(apiToken), Encoding.UTF8, "application/x-www-form-urlencoded"))
        using (var export = await http.PostAsync("/api/libreqos/shaped-devices", form, ct))
        {
            export.StatusCode.Should().Be(HttpStatusCode.OK, "the form's token is read from the real body");
        }

        var create = new { url = baseUrl + "/hooks/receiver-on-the-same-server", events = new[] { "subscriber.created" } };
        var first = await CreateEndpointAsync(http, apiToken, create, ct);
        var replay = await CreateEndpointAsync(http, apiToken, create, ct);
        var signingSecret = first.GetProperty("data").GetProperty("secret").GetString()!;
        signingSecret.Should().MatchRegex("^whsec_[0-9a-f]{32}$", "the client gets the real secret");
        replay.GetProperty("data").GetProperty("secret").GetString().Should().Be(signingSecret, "a replay answers the same secret");

        var workflow = new { template_id = "welcome" };
        var created = await CreateAsync(http, apiToken, "/api/v1/workflows", "secret-journey-workflow", workflow, ct);
        var workflowSecret = created.GetProperty("data").GetProperty("secret").GetString()!;
        workflowSecret.Should().MatchRegex("^whsec_[0-9a-f]{32}$", "a workflow's create answers its call_webhook signing secret");
        (await CreateAsync(http, apiToken, "/api/v1/workflows", "secret-journey-workflow", workflow, ct)).GetProperty("data").GetProperty("secret").GetString()
            .Should().Be(workflowSecret, "a replay answers the same secret");

        var endpointId = first.GetProperty("data").GetProperty("id").GetString();
        using (var test = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhook-endpoints/{endpointId}/test"))
        {
            test.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
            using var attempt = await http.SendAsync(test, ct);
            attempt.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var admin = new HttpRequestMessage(HttpMethod.Get, "/__admin/wispgate/clock"))
        {
            admin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            using var clock = await http.SendAsync(admin, ct);
            clock.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        return new SecretBearingJourney([apiToken, unknownToken, adminToken, signingSecret, workflowSecret], signingSecret);
    }

    /// <summary>
    /// WireMock's request log read with the admin token, as text: the JSON followed by every body WireMock keeps as
    /// base64 (<c>BodyAsBytes</c>), decoded — a secret must not hide in either.
    /// </summary>
    public static async Task<string> RequestLogAsync(string baseUrl, string adminToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__admin/requests");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var text = new StringBuilder(json);
        AppendDecodedBodies(JsonDocument.Parse(json).RootElement, text);
        return text.ToString();
    }

    private static void AppendDecodedBodies(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "BodyAsBytes" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        text.Append('\n').Append(Encoding.UTF8.GetString(property.Value.GetBytesFromBase64()));
                    }
                    else
                    {
                        AppendDecodedBodies(property.Value, text);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendDecodedBodies(item, text);
                }

                break;
        }
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static Task<JsonElement> CreateEndpointAsync(HttpClient http, string token, object body, CancellationToken ct) =>
        CreateAsync(http, token, "/api/v1/webhook-endpoints", "secret-journey-create", body, ct);

    private static async Task<JsonElement> CreateAsync(HttpClient http, string token, string path, string idempotencyKey, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = ApiClient.Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
    }
}
