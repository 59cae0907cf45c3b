using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// README's "Keys, tenants and environments" snippets and docs/sdk-guide.md's bulk-import and webhook-change examples,
/// as written, against the mock server (listed in <c>Docs/DocSnippetTests</c>).
/// </summary>
public sealed class ReadmeIdentityExamplesTests
{
    [Fact]
    public async Task The_keys_tenants_and_environments_snippets_work_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var wispGate = harness.Client;
        var secrets = new Dictionary<string, string>();

        Me me = await wispGate.Identity.GetMeAsync(cancellationToken: ct);
        me.Token.Scopes.Should().Equal(ApiKeyScope.Read, ApiKeyScope.Write, ApiKeyScope.Admin);
        me.Token.Environment.Should().Be(ApiKeyEnvironment.Test);
        me.Tenants.Should().Contain(tenant => tenant.Id == "tenant_demo_001" && tenant.Default);

        ApiKey crmKey = (await wispGate.ApiKeys.CreateAsync(new CreateApiKeyRequest
        {
            Name = "CRM sync", Scopes = [ApiKeyScope.Read, ApiKeyScope.Write], Tenants = ["tenant_demo_001"],
        }, cancellationToken: ct)).Data;
        secrets["wispgate-crm"] = crmKey.Token!;
        ApiKey next = (await wispGate.ApiKeys.RollAsync(crmKey.Id, new RollApiKeyRequest { ExpirePreviousInSeconds = 3600 }, cancellationToken: ct)).Data;
        await wispGate.ApiKeys.RevokeAsync(next.Id, cancellationToken: ct);

        secrets["wispgate-crm"].Should().StartWith("wgk_test_");
        using var revoked = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(harness.Server.BaseUrl, next.Token!));
        var act = () => revoked.Identity.GetMeAsync(cancellationToken: ct);
        (await act.Should().ThrowAsync<WispGateAuthenticationException>()).Which.Code.Should().Be(WispGateErrorCodes.TokenRevoked);

        var response = await wispGate.Subscribers.GetAsync("sub_000178", cancellationToken: ct);
        response.RateLimit.Should().NotBeNull();
        response.RateLimit!.Remaining.Should().BeLessThan(response.RateLimit.Limit);
        response.ApiVersion.Should().Be("v1");
    }

    [Fact]
    public async Task The_bulk_import_and_webhook_change_snippets_work_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var wispGate = harness.Client;
        var rowsFromCrm = Enumerable.Range(0, 2500).Select(i => new CreateSubscriberRequest
        {
            ExternalId = $"crm-sync-{i}", FullName = $"Customer {i}", Email = i == 42 ? "not-an-email" : null, Status = SubscriberStatus.Prospect,
        }).ToList();

        var import = await wispGate.Subscribers.ImportAsync(
            new ImportSubscribersRequest { Mode = ImportMode.Upsert, Subscribers = rowsFromCrm },
            new RequestOptions { IdempotencyKey = "crm-sync-2026-04-13" }, ct);
        import.Data.Summary.Should().Be(new ImportSummary { Created = 2499, Updated = 0, Unchanged = 0, Failed = 1 });
        var failed = import.Data.Results.Where(r => r.Status == ImportRowStatus.Failed).Should().ContainSingle().Subject;
        failed.Index.Should().Be(42);
        failed.Error!.Code.Should().Be(WispGateErrorCodes.ValidationError);
        failed.Error.Field.Should().Be("email");

        WebhookEndpoint endpoint = (await wispGate.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = "http://127.0.0.1:9/hooks/wispgate", Events = [WebhookEndpoint.AllEvents] },
            cancellationToken: ct)).Data;
        await wispGate.WebhookEndpoints.TestAsync(endpoint.Id, cancellationToken: ct);
        Page<WebhookDelivery> deliveries = await wispGate.WebhookEndpoints.ListDeliveriesAsync(endpoint.Id, cancellationToken: ct);
        await wispGate.WebhookEndpoints.UpdateAsync(endpoint.Id, new UpdateWebhookEndpointRequest { Events = ["invoice.paid", "payment.received"] }, cancellationToken: ct);
        WebhookEndpoint rotated = (await wispGate.WebhookEndpoints.RotateSecretAsync(endpoint.Id, cancellationToken: ct)).Data;
        string newSecret = rotated.Secret!;
        var retried = await wispGate.WebhookEndpoints.RetryDeliveryAsync(deliveries.Items[0].Id, cancellationToken: ct);

        rotated.Events.Should().Equal("invoice.paid", "payment.received");
        newSecret.Should().StartWith("whsec_").And.NotBe(endpoint.Secret);
        retried.Data.Id.Should().NotBe(deliveries.Items[0].Id, "a retry is a new attempt");
    }
}
