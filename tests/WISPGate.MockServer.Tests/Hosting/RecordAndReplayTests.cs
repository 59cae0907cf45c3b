using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// Record and replay (<c>--proxy-to</c>, <c>--record</c>, <c>--replay</c>): one mock server plays the real WISPGate (A),
/// a second one proxies to it and records (B), a third one replays the recordings with no upstream (C).
/// </summary>
public sealed class RecordAndReplayTests : IDisposable
{
    private const string HookUrl = "http://127.0.0.1:9/wispgate-hooks";

    private readonly string _directory = Directory.CreateTempSubdirectory("wispgate-record-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_journey_recorded_through_the_proxy_is_replayed_with_the_same_statuses_and_bodies()
    {
        await using var upstream = await MockServers.StartAsync();
        List<(string Step, ApiResponse Response)> recorded;
        await using (var recorder = await MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = upstream.BaseUrl, RecordDirectory = _directory }))
        {
            recorded = await JourneyAsync(recorder);
            recorder.Requests.Entries.Should().BeEmpty("the proxy answered every request, not the built-in behaviour");
        }

        upstream.Requests.Entries.Select(r => r.OperationId).Should().Equal(
            ["createSubscriber", "getSubscriber", "listSubscribers", "getSubscriber", "createWebhookEndpoint", "exportLibreQosShapedDevices"],
            "every request reached the upstream, with its token (none of them answered 401)");
        recorded.Select(s => s.Response.Code).Should().Equal(201, 200, 200, 404, 201, 200);
        Directory.EnumerateFiles(_directory, "*.json").Should().HaveCount(6, "one mapping file per exchange");

        await using var replayer = await MockServers.StartAsync(new WispGateMockServerOptions { ReplayDirectory = _directory });
        var replayed = await JourneyAsync(replayer);

        replayer.Requests.Entries.Should().BeEmpty("the recordings answered every request, not the built-in behaviour");
        replayed.Select(s => s.Step).Should().Equal(recorded.Select(s => s.Step));
        foreach (var ((step, original), (_, again)) in recorded.Zip(replayed))
        {
            again.Status.Should().Be(original.Status, step);
            var expected = JsonNode.Parse(original.Body)!;
            if (step == "create webhook endpoint")
            {
                // Saved as its type prefix, "redacted" and padding to the same length: still a valid secret's shape.
                var secret = expected["data"]!["secret"]!.GetValue<string>();
                expected["data"]!["secret"] = "whsec_redacted" + new string('x', secret.Length - "whsec_redacted".Length);
            }

            JsonNode.DeepEquals(JsonNode.Parse(again.Body), expected).Should().BeTrue($"{step} replays the recorded body: {again.Body}");
            again.Header("X-Request-ID").Should().Be(original.Header("X-Request-ID"), step);
        }
    }

    [Fact]
    public async Task The_saved_mappings_and_the_proxy_request_log_hold_no_secret()
    {
        await using var upstream = await MockServers.StartAsync();
        await using var recorder = await MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = upstream.BaseUrl, RecordDirectory = _directory });
        var journey = await JourneyAsync(recorder);
        var signingSecret = journey.Single(s => s.Step == "create webhook endpoint").Response.DataString("secret");
        signingSecret.Should().StartWith("whsec_", "the client gets the real secret from the upstream");
        using var admin = new HttpClient { BaseAddress = new Uri(recorder.BaseUrl) };
        var requestLog = await admin.GetStringAsync("/__admin/requests", TestContext.Current.CancellationToken);

        var files = Directory.EnumerateFiles(_directory, "*.json").Select(File.ReadAllText).ToList();

        string[] secrets = ["wgk_test_demo", "wgk_test_readonly", signingSecret!];
        foreach (var secret in secrets)
        {
            files.Should().NotContain(f => f.Contains(secret, StringComparison.Ordinal), $"no saved mapping holds {secret}");
            requestLog.Should().NotContain(secret, "WireMock's request log of the proxy holds no secret");
        }

        requestLog.Should().Contain("/api/v1/webhook-endpoints", "the log did record the exchanges");
        files.Should().Contain(f => f.Contains("whsec_redactedxxx", StringComparison.Ordinal), "the webhook secret is saved redacted");
        files.Should().Contain(f => f.Contains("api_token=%5Bredacted%5D", StringComparison.Ordinal), "the form's api_token is saved redacted");
        files.Should().NotContain(f => f.Contains("\"Authorization\"", StringComparison.OrdinalIgnoreCase), "recordings never match on the bearer token");
    }

    [Fact]
    public async Task A_mapping_added_in_code_wins_over_the_proxy()
    {
        await using var upstream = await MockServers.StartAsync();
        await using var recorder = await MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = upstream.BaseUrl, RecordDirectory = _directory });
        recorder.WireMock.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000178").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(418));
        using var http = new HttpClient { BaseAddress = new Uri(recorder.BaseUrl) };

        using var response = await http.GetAsync("/api/v1/subscribers/sub_000178", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(418);
        upstream.Requests.Entries.Should().BeEmpty("the stub answered; nothing was forwarded");
        Directory.EnumerateFiles(_directory).Should().BeEmpty("nothing was recorded");
    }

    [Fact]
    public async Task Replayed_requests_that_match_no_recording_get_the_contract_behaviour()
    {
        await using var replayer = await MockServers.StartAsync(new WispGateMockServerOptions { ReplayDirectory = _directory });
        using var api = new ApiClient(replayer);

        var response = await api.GetAsync("/api/v1/subscribers/sub_000178");

        response.Status.Should().Be(HttpStatusCode.OK);
        replayer.Requests.ForOperation("getSubscriber").Should().ContainSingle();
    }

    [Fact]
    public async Task An_unreachable_upstream_answers_502_with_the_error_envelope()
    {
        // Port 9 (discard) on loopback: nothing listens there.
        await using var proxy = await MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = "http://127.0.0.1:9" });
        using var http = new HttpClient { BaseAddress = new Uri(proxy.BaseUrl) };

        using var response = await http.GetAsync("/api/v1/subscribers", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("bad_gateway");
    }

    [Fact]
    public async Task An_https_upstream_with_an_untrusted_certificate_answers_502_naming_the_TLS_failure_and_gets_no_request()
    {
        // A self-signed certificate for 127.0.0.1, made for this test: the name matches, but no trusted root vouches for it.
        using var certificate = SelfSignedCertificate();
        using var upstream = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["https://127.0.0.1:0"],
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = certificate },
        });
        upstream.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        await using var proxy = await MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = upstream.Url! });
        using var http = new HttpClient { BaseAddress = new Uri(proxy.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", proxy.DemoTokens.ReadWrite);

        using var response = await http.GetAsync("/api/v1/subscribers", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.BadGateway, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("bad_gateway");
        error.GetProperty("message").GetString().Should().Contain("TLS certificate").And.Contain(upstream.Url!);
        upstream.LogEntries.Should().BeEmpty("no request, and so no token, crosses a connection whose certificate failed");
    }

    [Fact]
    public async Task A_replay_file_that_is_not_a_mapping_fails_the_start_naming_the_file()
    {
        var bad = Path.Combine(_directory, "00001 broken.json");
        await File.WriteAllTextAsync(bad, "{ not json", TestContext.Current.CancellationToken);

        var start = () => MockServers.StartAsync(new WispGateMockServerOptions { ReplayDirectory = _directory });

        (await start.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain(bad);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/__admin", "admin API")]
    [InlineData("http://127.0.0.1:5080/%5F_admin/mappings", "admin API")]
    [InlineData("ftp://example.invalid", "absolute http or https")]
    [InlineData("http://127.0.0.1:5080/?a=b", "without a query")]
    public async Task A_proxy_url_that_could_reach_an_admin_API_or_is_no_base_URL_is_refused(string url, string reason)
    {
        var start = () => MockServers.StartAsync(new WispGateMockServerOptions { ProxyTo = url });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(reason);
    }

    [Fact]
    public async Task Recording_without_a_proxy_is_refused()
    {
        var start = () => MockServers.StartAsync(new WispGateMockServerOptions { RecordDirectory = _directory });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("needs ProxyTo");
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    // Create a subscriber, read it, list, an unknown one (404), a webhook endpoint (a secret in the answer), the LibreQoS
    // export (the token in a form field).
    private static async Task<List<(string Step, ApiResponse Response)>> JourneyAsync(WispGateMockServer server)
    {
        using var api = new ApiClient(server);
        var steps = new List<(string, ApiResponse)>();
        var headers = new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_1" };
        var created = await api.PostAsync("/api/v1/subscribers", new { full_name = "Recorded Subscriber", status = "prospect", external_id = "rec-001" }, headers);
        steps.Add(("create subscriber", created));
        var id = created.DataString("id");
        steps.Add(("get subscriber", await api.GetAsync($"/api/v1/subscribers/{id}", new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_2" })));
        steps.Add(("list subscribers", await api.GetAsync("/api/v1/subscribers?limit=2&status=prospect", new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_3" })));
        steps.Add(("unknown subscriber", await api.GetAsync("/api/v1/subscribers/sub_999999", new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_4" })));
        steps.Add(("create webhook endpoint", await api.PostAsync("/api/v1/webhook-endpoints", new { url = HookUrl, events = new[] { "*" } }, new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_5" })));
        using var form = new StringContent("api_token=wgk_test_readonly", new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
        api.Token = null;
        steps.Add(("LibreQoS export", await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", form, new Dictionary<string, string> { ["X-Request-ID"] = "req_journey_6" })));
        return steps;
    }
}
