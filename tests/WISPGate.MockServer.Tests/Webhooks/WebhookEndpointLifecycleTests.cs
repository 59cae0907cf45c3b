using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Webhooks;

/// <summary>
/// updateWebhookEndpoint, rotateWebhookEndpointSecret and retryWebhookDelivery against real receivers on 127.0.0.1 that
/// check every delivery's HMAC themselves (<see cref="WebhookSignatures"/>, written from the design). Waiting is polling
/// with a deadline; absence is asserted only after a later delivery the in-order worker made after the one that must
/// not happen.
/// </summary>
public sealed class WebhookEndpointLifecycleTests
{
    private static readonly WispGateMockServerOptions NoAutomaticRetries = new()
    {
        Webhooks = new WebhookDeliveryOptions { RetryDelays = [], Timeout = TimeSpan.FromSeconds(10) },
    };

    [Fact]
    public async Task During_a_rotation_deliveries_carry_two_signatures_new_first_and_after_it_only_the_new_one()
    {
        await using var server = await MockServers.StartAsync(NoAutomaticRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, oldSecret) = await RegisterAsync(api, receiver.Url);

        var rotated = await api.PostAsync($"/api/v1/webhook-endpoints/{endpoint}/rotate-secret", new { expire_previous_in_seconds = 3600 });
        rotated.Code.Should().Be(200);
        var newSecret = rotated.DataString("secret")!;
        newSecret.Should().MatchRegex("^whsec_[0-9a-f]{32}$").And.NotBe(oldSecret);
        DateTimeOffset.Parse(rotated.DataString("previous_secret_expires_at")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(server.Clock.GetUtcNow().AddHours(1), TimeSpan.FromSeconds(5));

        await api.PostAsync("/api/v1/subscribers", new { full_name = "During rotation", status = "prospect" });
        var during = (await ReceivedAsync(receiver, 1))[0];
        var signatures = V1Signatures(during.Header("X-WISPGate-Signature"));
        signatures.Should().HaveCount(2, "both secrets sign until the previous one expires");
        WebhookSignatures.Verify(OnlyV1(during, signatures[0]), newSecret, during.Body).Valid.Should().BeTrue("the new secret's signature comes first");
        WebhookSignatures.Verify(OnlyV1(during, signatures[1]), oldSecret, during.Body).Valid.Should().BeTrue("the previous secret still signs");

        server.Clock.Advance(TimeSpan.FromSeconds(3601));
        await api.PostAsync("/api/v1/subscribers", new { full_name = "After rotation", status = "prospect" });
        var after = (await ReceivedAsync(receiver, 2))[1];
        V1Signatures(after.Header("X-WISPGate-Signature")).Should().ContainSingle("the previous secret expired on the server clock");
        WebhookSignatures.Verify(after.Header("X-WISPGate-Signature"), newSecret, after.Body).Valid.Should().BeTrue();
        WebhookSignatures.Verify(after.Header("X-WISPGate-Signature"), oldSecret, after.Body).Valid.Should().BeFalse();
    }

    [Fact]
    public async Task The_rotated_secret_is_shown_once_and_a_rotation_without_a_body_lasts_24_hours()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, _) = await RegisterAsync(api, "https://crm.example.com/hooks/rotation");

        var rotated = await api.PostAsync($"/api/v1/webhook-endpoints/{endpoint}/rotate-secret");
        var get = await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}");
        var list = await api.GetAsync("/api/v1/webhook-endpoints");

        rotated.Code.Should().Be(200);
        var secret = rotated.DataString("secret")!;
        DateTimeOffset.Parse(rotated.DataString("previous_secret_expires_at")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(server.Clock.GetUtcNow().AddDays(1), TimeSpan.FromSeconds(5));
        get.Data.TryGetProperty("secret", out _).Should().BeFalse();
        get.Body.Should().NotContain(secret);
        list.Body.Should().NotContain(secret);
        get.DataString("previous_secret_expires_at").Should().Be(rotated.DataString("previous_secret_expires_at"));
        (await api.PostAsync("/api/v1/webhook-endpoints/whe_999999/rotate-secret")).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_disabled_endpoint_gets_no_deliveries_while_an_enabled_one_does()
    {
        await using var server = await MockServers.StartAsync(NoAutomaticRetries);
        await using var paused = await WebhookReceiver.StartAsync();
        await using var active = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (pausedId, _) = await RegisterAsync(api, paused.Url);
        var (_, activeSecret) = await RegisterAsync(api, active.Url);

        var disabled = await api.PatchAsync($"/api/v1/webhook-endpoints/{pausedId}", new { enabled = false, description = "Paused for maintenance" });
        disabled.Code.Should().Be(200);
        disabled.Data.GetProperty("enabled").GetBoolean().Should().BeFalse();
        disabled.DataString("description").Should().Be("Paused for maintenance");
        disabled.Data.TryGetProperty("secret", out _).Should().BeFalse();

        await api.PostAsync("/api/v1/subscribers", new { full_name = "While paused", status = "prospect" });
        var delivered = (await ReceivedAsync(active, 1))[0];
        WebhookSignatures.Verify(delivered.Header("X-WISPGate-Signature"), activeSecret, delivered.Body).Valid.Should().BeTrue();
        paused.Received.Should().BeEmpty("a disabled endpoint gets no deliveries");
        (await api.GetAsync($"/api/v1/webhook-endpoints/{pausedId}/deliveries")).Data.GetArrayLength().Should().Be(0);

        (await api.PatchAsync($"/api/v1/webhook-endpoints/{pausedId}", new { enabled = true })).Code.Should().Be(200);
        await api.PostAsync("/api/v1/subscribers", new { full_name = "After resuming", status = "prospect" });
        (await ReceivedAsync(paused, 1)).Should().ContainSingle("enabled again, it gets the next event");
    }

    [Fact]
    public async Task An_update_follows_the_url_rules_of_create()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var (first, secret) = await RegisterAsync(api, "https://crm.example.com/hooks/one");
        await RegisterAsync(api, "https://crm.example.com/hooks/two");

        var duplicate = await api.PatchAsync($"/api/v1/webhook-endpoints/{first}", new { url = "https://crm.example.com/hooks/two" });
        var admin = await api.PatchAsync($"/api/v1/webhook-endpoints/{first}", new { url = server.BaseUrl + "/__admin/mappings" });
        var notHttp = await api.PatchAsync($"/api/v1/webhook-endpoints/{first}", new { url = "ftp://crm.example.com/hooks" });
        var moved = await api.PatchAsync($"/api/v1/webhook-endpoints/{first}", new { url = "https://crm.example.com/hooks/one-v2", events = new[] { "*" } });

        duplicate.Code.Should().Be(409);
        duplicate.ErrorCode.Should().Be("duplicate_webhook_endpoint");
        admin.Code.Should().Be(422);
        admin.ErrorField.Should().Be("url");
        notHttp.Code.Should().Be(422);
        moved.Code.Should().Be(200);
        moved.DataString("url").Should().Be("https://crm.example.com/hooks/one-v2");
        moved.Data.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Equal("*");
        moved.Body.Should().NotContain(secret);
        (await api.PatchAsync("/api/v1/webhook-endpoints/whe_999999", new { enabled = false })).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_retried_delivery_sends_the_same_event_again_as_the_next_attempt()
    {
        await using var server = await MockServers.StartAsync(NoAutomaticRetries);
        await using var receiver = await WebhookReceiver.StartAsync(call => call == 1 ? 500 : 200);
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url);
        await api.PostAsync("/api/v1/subscribers", new { full_name = "Retry me", status = "prospect" });
        var failed = await EventLog.EventuallyAsync(
            async () => (await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries")).Data.EnumerateArray().ToList(),
            list => list.Count == 1,
            "the failed first attempt");
        failed[0].GetProperty("status").GetString().Should().Be("failed");

        var retried = await api.PostAsync($"/api/v1/webhook-deliveries/{failed[0].GetProperty("id").GetString()}/retry");

        retried.Code.Should().Be(200);
        retried.Data.GetProperty("attempt").GetInt32().Should().Be(2);
        retried.DataString("status").Should().Be("succeeded");
        retried.DataString("event_id").Should().Be(failed[0].GetProperty("event_id").GetString());
        receiver.Received.Should().HaveCount(2);
        receiver.Received[1].Body.Should().Equal(receiver.Received[0].Body, "the same event body is sent again");
        WebhookSignatures.Verify(receiver.Received[1].Header("X-WISPGate-Signature"), secret, receiver.Received[1].Body).Valid.Should().BeTrue();
        var attempts = (await api.GetAsync($"/api/v1/webhook-endpoints/{endpoint}/deliveries")).Data.EnumerateArray().Select(d => d.GetProperty("attempt").GetInt32());
        attempts.Should().BeEquivalentTo([1, 2], "the new attempt is recorded");
        (await api.PostAsync("/api/v1/webhook-deliveries/whd_999999/retry")).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_delivery_of_a_disabled_endpoint_is_not_retried()
    {
        await using var server = await MockServers.StartAsync(NoAutomaticRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, _) = await RegisterAsync(api, receiver.Url);
        var ping = await api.PostAsync($"/api/v1/webhook-endpoints/{endpoint}/test");
        (await api.PatchAsync($"/api/v1/webhook-endpoints/{endpoint}", new { enabled = false })).Code.Should().Be(200);

        var retry = await api.PostAsync($"/api/v1/webhook-deliveries/{ping.DataString("id")}/retry");

        retry.Code.Should().Be(409);
        retry.ErrorCode.Should().Be("invalid_state_transition");
        receiver.Received.Should().ContainSingle("only the test ping was sent");
    }

    [Fact]
    public async Task A_test_ping_can_be_retried_and_keeps_its_event_id()
    {
        await using var server = await MockServers.StartAsync(NoAutomaticRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);
        var (endpoint, secret) = await RegisterAsync(api, receiver.Url);
        var ping = await api.PostAsync($"/api/v1/webhook-endpoints/{endpoint}/test");

        var retry = await api.PostAsync($"/api/v1/webhook-deliveries/{ping.DataString("id")}/retry");

        retry.Code.Should().Be(200);
        retry.DataString("event_type").Should().Be("ping");
        retry.DataString("event_id").Should().Be(ping.DataString("event_id"));
        receiver.Received.Should().HaveCount(2);
        receiver.Received.Select(r => r.Json.GetProperty("id").GetString()).Distinct().Should().ContainSingle();
        WebhookSignatures.Verify(receiver.Received[1].Header("X-WISPGate-Signature"), secret, receiver.Received[1].Body).Valid.Should().BeTrue();
    }

    private static async Task<(string Id, string Secret)> RegisterAsync(ApiClient api, string url)
    {
        var created = await api.PostAsync("/api/v1/webhook-endpoints", new { url, events = new[] { "subscriber.created" } });
        created.Status.Should().Be(HttpStatusCode.Created);
        return (created.DataString("id")!, created.DataString("secret")!);
    }

    private static Task<IReadOnlyList<ReceivedWebhook>> ReceivedAsync(WebhookReceiver receiver, int count) =>
        EventLog.EventuallyAsync(() => Task.FromResult(receiver.Received), list => list.Count >= count, $"{count} deliveries at the receiver");

    private static List<string> V1Signatures(string? header) =>
        (header ?? string.Empty).Split(',').Where(p => p.StartsWith("v1=", StringComparison.Ordinal)).Select(p => p[3..]).ToList();

    // The header cut down to its t= and one of its v1= values, so the verifier checks that very signature.
    private static string OnlyV1(ReceivedWebhook received, string signature) =>
        received.Header("X-WISPGate-Signature")!.Split(',').First(p => p.StartsWith("t=", StringComparison.Ordinal)) + ",v1=" + signature;
}
