namespace WISPGate.MockServer.Tests.Webhooks;

/// <summary>Webhook endpoints: the secret is shown once, only http(s) URLs, one endpoint per URL, delete.</summary>
public sealed class WebhookEndpointTests
{
    [Fact]
    public async Task The_secret_is_in_the_create_response_only()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/webhook-endpoints", new { url = "https://crm.example.com/hooks/wispgate", description = "CRM sync", events = new[] { "subscriber.created", "invoice.paid" } });
        var id = created.DataString("id")!;
        var fetched = await api.GetAsync($"/api/v1/webhook-endpoints/{id}");
        var listed = await api.GetAsync("/api/v1/webhook-endpoints");

        created.Status.Should().Be(HttpStatusCode.Created);
        id.Should().StartWith("whe_");
        created.Header("Location").Should().Be($"/api/v1/webhook-endpoints/{id}");
        created.DataString("secret").Should().MatchRegex("^whsec_[0-9a-f]{32}$");
        created.Data.GetProperty("enabled").GetBoolean().Should().BeTrue();
        fetched.Data.TryGetProperty("secret", out _).Should().BeFalse();
        fetched.Data.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Equal("subscriber.created", "invoice.paid");
        listed.Ids.Should().Equal(id);
        listed.Data[0].TryGetProperty("secret", out _).Should().BeFalse();
        listed.Body.Should().NotContain(created.DataString("secret"));
    }

    [Theory]
    [InlineData("ftp://files.example.com/hook")]
    [InlineData("mailto:ops@example.com")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public async Task Only_absolute_http_and_https_URLs_are_accepted(string url)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/webhook-endpoints", new { url, events = new[] { "*" } });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("url");
    }

    [Fact]
    public async Task Bad_event_lists_and_duplicate_URLs_are_refused()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hook", events = new[] { "*" } });

        var duplicate = await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hook", events = new[] { "ticket.created" } });
        var unknownType = await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/other", events = new[] { "subscriber.exploded" } });
        var empty = await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/other", events = Array.Empty<string>() });

        duplicate.Status.Should().Be(HttpStatusCode.Conflict);
        duplicate.ErrorCode.Should().Be("duplicate_webhook_endpoint");
        unknownType.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        empty.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_deleted_endpoint_is_gone_with_its_deliveries()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hook", events = new[] { "*" }, enabled = false })).DataString("id");

        var deleted = await api.DeleteAsync($"/api/v1/webhook-endpoints/{id}");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        (await api.GetAsync($"/api/v1/webhook-endpoints/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/webhook-endpoints/{id}/deliveries")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.DeleteAsync($"/api/v1/webhook-endpoints/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync($"/api/v1/webhook-endpoints/{id}/test")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/webhook-endpoints")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Endpoints_belong_to_their_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        var id = (await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hook", events = new[] { "*" } })).DataString("id");

        (await partner.GetAsync($"/api/v1/webhook-endpoints/{id}", Keys.Tenant(server.DemoTokens.SecondTenant))).Status.Should().Be(HttpStatusCode.NotFound);
        (await partner.GetAsync("/api/v1/webhook-endpoints", Keys.Tenant(server.DemoTokens.SecondTenant))).Ids.Should().BeEmpty();
    }
}
