using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;
using WISPGate.Sdk.Tests.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Identity;

/// <summary>
/// Issue #19 over stubs: identity and API keys, the webhook endpoint changes, the batched subscriber import, the
/// rate-limit state and API version of every response, and the start-up refusal of a live key over plain http.
/// </summary>
public sealed class IdentityAreaTests
{
    internal const string MeData = """{ "token": { "id": "key_demo_partner", "name": "Partner demo", "prefix": "wgk_test_part", "scopes": ["read", "write"], "environment": "test", "expires_at": null }, "tenants": [{ "id": "tenant_demo_001", "name": "Demo WISP", "default": true }, { "id": "tenant_demo_002", "name": "Partner WISP", "default": false }], "rate_limit": { "limit": 600, "remaining": 599, "reset": 60 } }""";
    internal const string Key = """{ "id": "key_1", "name": "CRM sync", "prefix": "wgk_test_3f9a", "scopes": ["read", "write"], "tenants": ["tenant_demo_001"], "environment": "test", "created_at": "2026-04-13T10:21:00Z", "last_used_at": null, "expires_at": null, "revoked_at": null }""";
    internal const string CreatedKey = """{ "id": "key_1", "name": "CRM sync", "prefix": "wgk_test_3f9a", "scopes": ["read", "write"], "tenants": ["tenant_demo_001"], "environment": "test", "created_at": "2026-04-13T10:21:00Z", "last_used_at": null, "expires_at": "2026-12-31T00:00:00Z", "revoked_at": null, "token": "wgk_test_3f9a0b1c2d3e4f5a6b7c8d9e" }""";
    internal const string RotatedEndpoint = """{ "id": "whe_1", "url": "https://crm.example/hooks/wispgate", "description": null, "events": ["*"], "enabled": true, "secret": "whsec_0a1b2c3d4e5f6a7b8c9d", "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T11:00:00Z", "previous_secret_expires_at": "2026-04-13T11:10:00Z" }""";
    internal const string Import = """{ "results": [{ "index": 0, "status": "created", "id": "sub_1" }, { "index": 1, "status": "failed", "error": { "code": "validation_error", "message": "email is not an e-mail address.", "field": "email" } }], "summary": { "created": 1, "updated": 0, "unchanged": 0, "failed": 1 } }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<OperationCase> Operations => new()
    {
        new OperationCase("getMe", "GET", "/api/v1/me", 200, MeData,
            async c => await c.Identity.GetMeAsync(cancellationToken: Ct), null,
            result => ((Me)result).Should().Match<Me>(me => me.Tenants.Count == 2 && me.Tenants[0].Default && me.Token.Environment == ApiKeyEnvironment.Test && me.Token.Scopes.Contains(ApiKeyScope.Write))),
        new OperationCase("createApiKey", "POST", "/api/v1/api-keys", 201, CreatedKey,
            async c => await c.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "CRM sync", Scopes = [ApiKeyScope.Read, ApiKeyScope.Write], Tenants = ["tenant_demo_001"], ExpiresAt = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero) }, cancellationToken: Ct),
            """{"name":"CRM sync","scopes":["read","write"],"tenants":["tenant_demo_001"],"expires_at":"2026-12-31T00:00:00+00:00"}""",
            result => ((ApiKey)result).Token.Should().StartWith("wgk_test_", "the create answer is the one that carries the secret")),
        new OperationCase("getApiKey", "GET", "/api/v1/api-keys/key_1", 200, Key,
            async c => await c.ApiKeys.GetAsync("key_1", cancellationToken: Ct), null,
            result => ((ApiKey)result).Token.Should().BeNull()),
        new OperationCase("revokeApiKey", "POST", "/api/v1/api-keys/key_1/revoke", 200, Key.Replace("\"revoked_at\": null", "\"revoked_at\": \"2026-04-13T10:30:00Z\"", StringComparison.Ordinal),
            async c => await c.ApiKeys.RevokeAsync("key_1", cancellationToken: Ct), null,
            result => ((ApiKey)result).RevokedAt.Should().NotBeNull()),
        new OperationCase("rollApiKey", "POST", "/api/v1/api-keys/key_1/roll", 200, CreatedKey.Replace("key_1", "key_2", StringComparison.Ordinal),
            async c => await c.ApiKeys.RollAsync("key_1", new RollApiKeyRequest { ExpirePreviousInSeconds = 600 }, cancellationToken: Ct),
            """{"expire_previous_in_seconds":600}""",
            result => ((ApiKey)result).Id.Should().Be("key_2", "a roll answers the new key")),
        new OperationCase("updateWebhookEndpoint", "PATCH", "/api/v1/webhook-endpoints/whe_1", 200, SupportAreaTests.Endpoint.Replace("\"enabled\": true", "\"enabled\": false", StringComparison.Ordinal),
            async c => await c.WebhookEndpoints.UpdateAsync("whe_1", new UpdateWebhookEndpointRequest { Enabled = false, Description = null }, cancellationToken: Ct),
            """{"enabled":false,"description":null}""",
            result => ((WebhookEndpoint)result).Enabled.Should().BeFalse()),
        new OperationCase("rotateWebhookEndpointSecret", "POST", "/api/v1/webhook-endpoints/whe_1/rotate-secret", 200, RotatedEndpoint,
            async c => await c.WebhookEndpoints.RotateSecretAsync("whe_1", new RotateWebhookSecretRequest { ExpirePreviousInSeconds = 600 }, cancellationToken: Ct),
            """{"expire_previous_in_seconds":600}""",
            result => ((WebhookEndpoint)result).Should().Match<WebhookEndpoint>(endpoint => endpoint.Secret != null && endpoint.PreviousSecretExpiresAt != null)),
        new OperationCase("retryWebhookDelivery", "POST", "/api/v1/webhook-deliveries/whd_1/retry", 200, SupportAreaTests.Delivery.Replace("\"attempt\": 1", "\"attempt\": 2", StringComparison.Ordinal),
            async c => await c.WebhookEndpoints.RetryDeliveryAsync("whd_1", cancellationToken: Ct), null,
            result => ((WebhookDelivery)result).Attempt.Should().Be(2)),
        new OperationCase("importSubscribers", "POST", "/api/v1/subscribers/import", 200, Import,
            async c => await c.Subscribers.ImportAsync(new ImportSubscribersRequest { Mode = ImportMode.Upsert, Subscribers = [new CreateSubscriberRequest { ExternalId = "crm-1", FullName = "Ana", Status = SubscriberStatus.Prospect }, new CreateSubscriberRequest { ExternalId = "crm-2", FullName = "Ben", Email = "not-an-email", Status = SubscriberStatus.Prospect }] }, cancellationToken: Ct),
            """{"mode":"upsert","subscribers":[{"external_id":"crm-1","full_name":"Ana","status":"prospect"},{"external_id":"crm-2","full_name":"Ben","email":"not-an-email","status":"prospect"}]}""",
            result => ((SubscriberImport)result).Results[1].Error!.Code.Should().Be(WispGateErrorCodes.ValidationError)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Each_operation_sends_its_method_path_and_body_and_reads_its_result(OperationCase operation) =>
        OperationCases.RunAsync(operation);

    [Fact]
    public async Task Listing_api_keys_sends_filters_and_ListAll_walks_every_page()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/api-keys").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Key], null, hasMore: false, limit: 5)));
        var april = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var page = await harness.Client.ApiKeys.ListAsync(new ApiKeyListOptions { Limit = 5, CreatedAfter = april, CreatedBefore = april.AddDays(30) }, cancellationToken: Ct);

        page.Items.Single().Scopes.Should().Equal(ApiKeyScope.Read, ApiKeyScope.Write);
        var request = harness.Requests.Single();
        OperationCases.ShouldBeTheCatalogOperation(request.Method, request.Path, "listApiKeys");
        request.Query!.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value)).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["limit"] = "5",
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["created_before"] = "2026-05-01T00:00:00Z",
        });
    }

    [Fact]
    public Task ListAll_api_keys_walks_every_page() =>
        OperationCases.ListAllWalksPagesAsync("/api/v1/api-keys", Key, Key.Replace("key_1", "key_2", StringComparison.Ordinal), c => c.ApiKeys.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct));

    [Fact]
    public void Every_identity_method_names_a_catalog_operation_and_the_key_operations_are_covered()
    {
        var operationIds = OperationCases.OperationIdsOf(typeof(IIdentityClient), typeof(IApiKeysClient));

        operationIds.Should().NotContainNulls("every public method names the operation it calls");
        operationIds.Distinct().Should().BeEquivalentTo(["getMe", "listApiKeys", "createApiKey", "getApiKey", "revokeApiKey", "rollApiKey"]);
        operationIds.Should().OnlyContain(id => CatalogOperations.All.Single(operation => operation.OperationId == id).Tag == CatalogOperations.Gateway);
    }

    [Fact]
    public void An_api_key_printed_or_logged_never_shows_its_secret_token()
    {
        var key = new ApiKey
        {
            Id = "key_1", Name = "CRM sync", Prefix = "wgk_test_3f9a", Scopes = [ApiKeyScope.Read], Tenants = ["t1"],
            Environment = ApiKeyEnvironment.Test, CreatedAt = DateTimeOffset.UnixEpoch, LastUsedAt = null, ExpiresAt = null, RevokedAt = null,
            Token = "wgk_test_SECRET_value_1234567890",
        };

        key.ToString().Should().NotContain("SECRET").And.Contain("key_1").And.Contain("***");
    }

    [Fact]
    public async Task An_import_of_2500_rows_is_sent_in_three_batches_and_merged_with_the_original_indexes()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/import").UsingPost())
            .RespondWith(Response.Create().WithCallback(request => ImportAnswer(request.Body!)));
        var rows = Enumerable.Range(0, 2500).Select(i => new CreateSubscriberRequest
        {
            ExternalId = $"crm-{i}",
            FullName = $"Row {i}",
            Email = i % 1000 == 7 ? "bad" : null, // row 7 of every batch fails
            Status = SubscriberStatus.Prospect,
        }).ToList();

        var response = await harness.Client.Subscribers.ImportAsync(
            new ImportSubscribersRequest { Mode = ImportMode.CreateOnly, Subscribers = rows }, new RequestOptions { IdempotencyKey = "onboarding-2026-04" }, Ct);

        var requests = harness.Requests;
        requests.Should().HaveCount(3);
        requests.Select(request => JsonNode.Parse(request.Body!)!["subscribers"]!.AsArray().Count).Should().Equal(1000, 1000, 500);
        requests.Select(request => JsonNode.Parse(request.Body!)!["subscribers"]![0]!["external_id"]!.GetValue<string>()).Should().Equal("crm-0", "crm-1000", "crm-2000");
        requests.Should().OnlyContain(request => JsonNode.Parse(request.Body!)!["mode"]!.GetValue<string>() == "create_only");
        requests.Select(request => request.Headers!["X-Idempotency-Key"].Single()).Should().Equal(
            "onboarding-2026-04:rows-0-999", "onboarding-2026-04:rows-1000-1999", "onboarding-2026-04:rows-2000-2499");

        var import = response.Data;
        import.Results.Select(result => result.Index).Should().Equal(Enumerable.Range(0, 2500), "every row keeps its position in the rows given");
        import.Results.Where(result => result.Status == ImportRowStatus.Failed).Select(result => result.Index).Should().Equal(7, 1007, 2007);
        import.Results[2499].Id.Should().Be("sub_2499", "the stub numbers ids by the row's external id");
        import.Summary.Should().Be(new ImportSummary { Created = 2497, Updated = 0, Unchanged = 0, Failed = 3 });
        response.IdempotencyKey.Should().Be("onboarding-2026-04:rows-2000-2499", "the response information is the last batch's");
    }

    [Fact]
    public async Task Repeating_an_import_sends_the_same_key_per_batch_so_the_API_can_replay_it()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/import").UsingPost())
            .RespondWith(Response.Create().WithCallback(request => ImportAnswer(request.Body!)));
        var rows = Enumerable.Range(0, 1001).Select(i => new CreateSubscriberRequest { ExternalId = $"crm-{i}", FullName = $"Row {i}", Status = SubscriberStatus.Prospect }).ToList();
        var request = new ImportSubscribersRequest { Mode = ImportMode.Upsert, Subscribers = rows };

        await harness.Client.Subscribers.ImportAsync(request, new RequestOptions { IdempotencyKey = "k" }, Ct);
        await harness.Client.Subscribers.ImportAsync(request, new RequestOptions { IdempotencyKey = "k" }, Ct);
        await harness.Client.Subscribers.ImportAsync(request, cancellationToken: Ct);

        var keys = harness.Requests.Select(sent => sent.Headers!["X-Idempotency-Key"].Single()).ToList();
        keys.Should().HaveCount(6);
        keys.Take(2).Should().Equal("k:rows-0-999", "k:rows-1000-1000");
        keys.Skip(2).Take(2).Should().Equal(keys.Take(2), "the same import with the same key sends the same batch keys");
        keys.Skip(4).Should().OnlyHaveUniqueItems().And.NotIntersectWith(keys.Take(4), "without a key each import gets a fresh base key");
    }

    [Fact]
    public async Task An_import_of_at_most_1000_rows_is_one_call_with_the_callers_key_as_it_is()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/import").UsingPost())
            .RespondWith(Response.Create().WithCallback(request => ImportAnswer(request.Body!)));
        var rows = Enumerable.Range(0, 1000).Select(i => new CreateSubscriberRequest { ExternalId = $"crm-{i}", FullName = $"Row {i}", Status = SubscriberStatus.Prospect }).ToList();

        var response = await harness.Client.Subscribers.ImportAsync(new ImportSubscribersRequest { Mode = ImportMode.Upsert, Subscribers = rows }, new RequestOptions { IdempotencyKey = "single" }, Ct);

        harness.Requests.Should().ContainSingle().Which.Headers!["X-Idempotency-Key"].Should().Equal("single");
        response.Data.Summary.Created.Should().Be(1000);
    }

    [Fact]
    public async Task A_failing_batch_throws_and_the_later_batches_are_not_sent()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/import").UsingPost().WithHeader("X-Idempotency-Key", "*rows-1000-1999", WireMock.Matchers.MatchBehaviour.AcceptOnMatch)).AtPriority(1)
            .RespondWith(Stubs.JsonResponse(422, Json.Error(WispGateErrorCodes.IdempotencyKeyReused, "The key was used with another request.")));
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/import").UsingPost()).AtPriority(2)
            .RespondWith(Response.Create().WithCallback(request => ImportAnswer(request.Body!)));
        var rows = Enumerable.Range(0, 2500).Select(i => new CreateSubscriberRequest { ExternalId = $"crm-{i}", FullName = $"Row {i}", Status = SubscriberStatus.Prospect }).ToList();

        var act = () => harness.Client.Subscribers.ImportAsync(new ImportSubscribersRequest { Mode = ImportMode.Upsert, Subscribers = rows }, new RequestOptions { IdempotencyKey = "k" }, Ct);

        (await act.Should().ThrowAsync<WispGateValidationException>()).Which.Error.Code.Should().Be(WispGateErrorCodes.IdempotencyKeyReused);
        harness.Requests.Should().HaveCount(2, "the third batch is not sent after the second failed");
    }

    [Fact]
    public async Task Every_response_carries_the_rate_limit_window_and_the_api_version()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/me").UsingGet())
            .RespondWith(RateLimited(Stubs.JsonResponse(200, Json.Envelope(MeData)), remaining: 599));
        harness.Server.Given(Request.Create().WithPath("/api/v1/api-keys").UsingGet())
            .RespondWith(RateLimited(Stubs.JsonResponse(200, Json.ListEnvelope([Key], null, hasMore: false)), remaining: 598));
        harness.Server.Given(Request.Create().WithPath("/api/v1/webhook-endpoints/whe_1").UsingDelete())
            .RespondWith(RateLimited(Response.Create().WithStatusCode(204), remaining: 597));

        var me = await harness.Client.Identity.GetMeAsync(cancellationToken: Ct);
        var page = await harness.Client.ApiKeys.ListAsync(cancellationToken: Ct);
        var deleted = await harness.Client.WebhookEndpoints.DeleteAsync("whe_1", cancellationToken: Ct);

        me.RateLimit.Should().Be(new WispGateRateLimit(600, 599, TimeSpan.FromSeconds(42)));
        me.ApiVersion.Should().Be("v1");
        page.RateLimit.Should().Be(new WispGateRateLimit(600, 598, TimeSpan.FromSeconds(42)), "a page is a response too");
        page.ApiVersion.Should().Be("v1");
        deleted.RateLimit!.Remaining.Should().Be(597, "a 204 has no envelope but its headers");
        deleted.ApiVersion.Should().BeNull("a 204 has no meta");
    }

    [Fact]
    public async Task A_response_without_rate_limit_headers_has_no_rate_limit()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/me").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(MeData)).WithHeader("RateLimit-Limit", "not-a-number"));

        var me = await harness.Client.Identity.GetMeAsync(cancellationToken: Ct);

        me.RateLimit.Should().BeNull();
        me.ApiVersion.Should().Be("v1");
    }

    [Fact]
    public async Task A_rate_limit_exception_carries_the_window_of_the_429()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 0);
        harness.Server.Given(Request.Create().WithPath("/api/v1/me").UsingGet())
            .RespondWith(Stubs.JsonResponse(429, Json.Error(WispGateErrorCodes.RateLimited, "Slow down.")).WithHeader("Retry-After", "30")
                .WithHeader("RateLimit-Limit", "600").WithHeader("RateLimit-Remaining", "0").WithHeader("RateLimit-Reset", "30"));

        var act = () => harness.Client.Identity.GetMeAsync(cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<WispGateRateLimitException>()).Which;
        exception.RateLimit.Should().Be(new WispGateRateLimit(600, 0, TimeSpan.FromSeconds(30)));
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("http://api.wisp.example")]
    [InlineData("http://10.0.0.5:8080")]
    public void A_live_key_with_a_plain_http_base_url_that_is_not_loopback_is_refused_by_Create(string baseUrl)
    {
        var act = () => WispGateClient.Create(new WispGateClientOptions { BaseUrl = new Uri(baseUrl), ApiToken = "wgk_live_0123456789abcdef" });

        var exception = act.Should().Throw<OptionsValidationException>().Which;
        exception.Message.Should().Contain("WispGateClientOptions.BaseUrl").And.Contain("WispGateClientOptions.ApiToken").And.Contain("https");
        exception.Message.Should().NotContain("0123456789abcdef", "the message never prints the key");
    }

    [Fact]
    public void A_live_key_with_a_plain_http_base_url_is_refused_when_the_container_resolves_the_client()
    {
        var services = new ServiceCollection();
        services.AddWispGate(options =>
        {
            options.BaseUrl = new Uri("http://api.wisp.example");
            options.ApiToken = "wgk_live_0123456789abcdef";
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IWispGateClient>();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("WispGateClientOptions.BaseUrl");
    }

    [Theory]
    [InlineData("https://api.wisp.example", "wgk_live_0123456789abcdef")]
    [InlineData("http://127.0.0.1:5000", "wgk_live_0123456789abcdef")]
    [InlineData("http://localhost:5000", "wgk_live_0123456789abcdef")]
    [InlineData("http://[::1]:5000", "wgk_live_0123456789abcdef")]
    [InlineData("http://sandbox.wisp.example", "wgk_test_0123456789abcdef")]
    public void A_live_key_over_https_or_loopback_and_a_test_key_over_http_are_accepted(string baseUrl, string token)
    {
        using var client = WispGateClient.Create(new WispGateClientOptions { BaseUrl = new Uri(baseUrl), ApiToken = token });

        client.Identity.Should().NotBeNull();
    }

    private static IResponseBuilder RateLimited(IResponseBuilder response, int remaining) =>
        response.WithHeader("RateLimit-Limit", "600").WithHeader("RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)).WithHeader("RateLimit-Reset", "42");

    /// <summary>Answers an import like the API: one result per row (index within the batch); a row with a bad e-mail fails.</summary>
    private static WireMock.ResponseMessage ImportAnswer(string body)
    {
        var rows = JsonNode.Parse(body)!["subscribers"]!.AsArray();
        var results = new JsonArray();
        var failed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var externalId = rows[i]!["external_id"]!.GetValue<string>();
            if (rows[i]!["email"]?.GetValue<string>() == "bad")
            {
                failed++;
                results.Add(new JsonObject { ["index"] = i, ["status"] = "failed", ["error"] = new JsonObject { ["code"] = "validation_error", ["message"] = "email is not an e-mail address.", ["field"] = "email" } });
            }
            else
            {
                results.Add(new JsonObject { ["index"] = i, ["status"] = "created", ["id"] = "sub_" + externalId["crm-".Length..] });
            }
        }

        var data = new JsonObject
        {
            ["results"] = results,
            ["summary"] = new JsonObject { ["created"] = rows.Count - failed, ["updated"] = 0, ["unchanged"] = 0, ["failed"] = failed },
        };
        return new WireMock.ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json"), ["X-Request-ID"] = new("req_import") },
            BodyData = new WireMock.Util.BodyData { BodyAsString = Json.Envelope(data.ToJsonString(), "req_import"), DetectedBodyType = WireMock.Types.BodyType.String },
        };
    }
}
