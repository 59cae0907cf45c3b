using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// Every operation that carries a secret, against a running server: bearer tokens (valid and unknown), the LibreQoS
/// form's <c>api_token</c>, a webhook endpoint create (its signing secret, shown once) and its idempotent replay, a workflow
/// create (its call_webhook signing secret, shown once) and its replay, a
/// signed test delivery (to a path on the same server, so the server's own request log sees
/// <c>X-WISPGate-Signature</c>), a secret rotation and a delivery signed with both secrets, an API key's create, replay,
/// roll and use, a live key, and an admin call with the admin token. Collects every secret it used or was shown. The
/// API token must have the <c>admin</c> scope.
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
        var createdWorkflow = await CreateAsync(http, apiToken, "/api/v1/workflows", "secret-journey-workflow", workflow, ct);
        var workflowSecret = createdWorkflow.GetProperty("data").GetProperty("secret").GetString()!;
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

        var secrets = new List<string> { apiToken, unknownToken, adminToken, signingSecret, workflowSecret, "wgk_live_journey_live_key_0000000000000" };
        (await SendAsync(http, HttpMethod.Get, "/api/v1/me", secrets[^1])).Should().Be(HttpStatusCode.Unauthorized, "a live key is refused");
        var rotated = await PostAsync(http, apiToken, $"/api/v1/webhook-endpoints/{endpointId}/rotate-secret", new { expire_previous_in_seconds = 60 }, ct);
        secrets.Add(rotated.GetProperty("data").GetProperty("secret").GetString()!);
        using (var test = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhook-endpoints/{endpointId}/test"))
        {
            test.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
            using var attempt = await http.SendAsync(test, ct);
            attempt.StatusCode.Should().Be(HttpStatusCode.OK, "a delivery signed with both secrets");
        }

        // API keys: the secret of a create, of its idempotent replay and of a roll; each used once.
        var created = await PostAsync(http, apiToken, "/api/v1/api-keys", new { name = "Journey key", scopes = new[] { "read" } }, ct, "secret-journey-key");
        var replayed = await PostAsync(http, apiToken, "/api/v1/api-keys", new { name = "Journey key", scopes = new[] { "read" } }, ct, "secret-journey-key");
        var keyToken = created.GetProperty("data").GetProperty("token").GetString()!;
        replayed.GetProperty("data").GetProperty("token").GetString().Should().Be(keyToken, "a replay answers the same token");
        var keyId = created.GetProperty("data").GetProperty("id").GetString();
        var rolledToken = (await PostAsync(http, apiToken, $"/api/v1/api-keys/{keyId}/roll", new { expire_previous_in_seconds = 60 }, ct))
            .GetProperty("data").GetProperty("token").GetString()!;
        (await SendAsync(http, HttpMethod.Get, "/api/v1/me", keyToken)).Should().Be(HttpStatusCode.OK);
        (await SendAsync(http, HttpMethod.Get, "/api/v1/me", rolledToken)).Should().Be(HttpStatusCode.OK);
        secrets.Add(keyToken);
        secrets.Add(rolledToken);

        return new SecretBearingJourney(secrets, signingSecret);
    }

    /// <summary>
    /// WireMock's request log read with the admin token, as text: the JSON followed by every body WireMock keeps as
    /// base64 (<c>BodyAsBytes</c>), decoded — a secret must not hide in either — and the server's own request log
    /// (<c>/__admin/wispgate/requests</c>).
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

        // The server's own request log (method, path, operation, tenant…) must not hold a secret either.
        using var own = new HttpRequestMessage(HttpMethod.Get, "/__admin/wispgate/requests");
        own.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var ownResponse = await http.SendAsync(own, TestContext.Current.CancellationToken);
        ownResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        text.Append('\n').Append(await ownResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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

    private static async Task<JsonElement> PostAsync(HttpClient http, string token, string path, object body, CancellationToken ct, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = ApiClient.Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("X-Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        ((int)response.StatusCode).Should().BeInRange(200, 201, text);
        return JsonDocument.Parse(text).RootElement.Clone();
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
