using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>
/// Issue #19 through the SDK against the mock server: who a token is, API keys (create, use, roll, revoke), the webhook
/// endpoint changes (update, rotate-secret with a receiver that verifies both secrets, retry) and the batched import.
/// </summary>
public sealed class IdentityConformanceTests
{
    [Fact]
    public async Task Every_identity_key_webhook_change_and_import_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        var me = await client.Identity.GetMeAsync(cancellationToken: ct);
        me.Data.Token.Scopes.Should().Contain(ApiKeyScope.Admin);
        me.Data.Token.Environment.Should().Be(ApiKeyEnvironment.Test);
        me.Data.Tenants.Should().ContainSingle(tenant => tenant.Default).Which.Id.Should().Be(harness.Server.DemoTokens.Tenant);
        me.RateLimit.Should().NotBeNull("every answer carries the RateLimit-* headers");
        me.RateLimit!.Limit.Should().Be(me.Data.RateLimit.Limit);
        me.ApiVersion.Should().Be("v1");

        var created = await client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "walk integration", Scopes = [ApiKeyScope.Read] }, cancellationToken: ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Data.Token.Should().StartWith("wgk_test_");
        (await client.ApiKeys.GetAsync(created.Data.Id, cancellationToken: ct)).Data.Token.Should().BeNull("the secret is shown once");
        (await client.ApiKeys.ListAsync(new ApiKeyListOptions { Limit = 100 }, cancellationToken: ct)).Items.Should().Contain(key => key.Id == created.Data.Id)
            .And.OnlyContain(key => key.Token == null);
        var rolled = await client.ApiKeys.RollAsync(created.Data.Id, new RollApiKeyRequest { ExpirePreviousInSeconds = 0 }, cancellationToken: ct);
        rolled.Data.Id.Should().NotBe(created.Data.Id);
        rolled.Data.Token.Should().NotBeNullOrEmpty();
        (await client.ApiKeys.RevokeAsync(rolled.Data.Id, cancellationToken: ct)).Data.RevokedAt.Should().NotBeNull();

        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await client.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest { Url = receiver.Url, Events = ["ticket.created"] }, cancellationToken: ct);
        var updated = await client.WebhookEndpoints.UpdateAsync(endpoint.Data.Id, new UpdateWebhookEndpointRequest { Description = "walk, updated", Events = [WebhookEndpoint.AllEvents] }, cancellationToken: ct);
        updated.Data.Description.Should().Be("walk, updated");
        updated.Data.Events.Should().Equal(WebhookEndpoint.AllEvents);
        var rotated = await client.WebhookEndpoints.RotateSecretAsync(endpoint.Data.Id, cancellationToken: ct);
        rotated.Data.Secret.Should().NotBeNullOrEmpty().And.NotBe(endpoint.Data.Secret);
        rotated.Data.PreviousSecretExpiresAt.Should().NotBeNull();

        var ping = await client.WebhookEndpoints.TestAsync(endpoint.Data.Id, cancellationToken: ct);
        var retried = await client.WebhookEndpoints.RetryDeliveryAsync(ping.Data.Id, cancellationToken: ct);
        retried.Data.WebhookEndpointId.Should().Be(endpoint.Data.Id);
        var received = await receiver.WaitForAsync(deliveries => deliveries.Count >= 2, ct);
        var verifier = new WebhookSignatureVerifier();
        foreach (var (body, signature) in received.Select(r => (r.Text, r.Signature)))
        {
            verifier.ConstructEvent(body, signature, endpoint.Data.Secret!).Type.Should().Be("ping", "the previous secret still verifies until it expires");
            verifier.ConstructEvent(body, signature, rotated.Data.Secret!).Type.Should().Be("ping", "the new secret verifies at once");
        }

        await client.WebhookEndpoints.DeleteAsync(endpoint.Data.Id, cancellationToken: ct);

        var import = await client.Subscribers.ImportAsync(
            new ImportSubscribersRequest
            {
                Mode = ImportMode.CreateOnly,
                Subscribers = [new CreateSubscriberRequest { ExternalId = Unique.Id("walk-import"), FullName = "Walk Import", Status = SubscriberStatus.Prospect }],
            },
            cancellationToken: ct);
        import.Data.Results.Should().ContainSingle().Which.Status.Should().Be(ImportRowStatus.Created);
    }

    [Fact]
    public async Task A_key_made_through_the_SDK_works_at_once_with_its_scopes_then_stops_when_revoked_or_rolled_and_expired()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();

        var readOnly = await harness.Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "report reader", Scopes = [ApiKeyScope.Read] }, cancellationToken: ct);
        using (var reader = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(harness.Server.BaseUrl, readOnly.Data.Token!)))
        {
            (await reader.Identity.GetMeAsync(cancellationToken: ct)).Data.Token.Id.Should().Be(readOnly.Data.Id);
            var write = () => reader.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "nope", Scopes = [ApiKeyScope.Read] }, cancellationToken: ct);
            (await write.Should().ThrowAsync<WispGateAuthorizationException>()).Which.Error.Code.Should().Be(WispGateErrorCodes.InsufficientScope);

            await harness.Client.ApiKeys.RevokeAsync(readOnly.Data.Id, cancellationToken: ct);
            var afterRevoke = () => reader.Identity.GetMeAsync(cancellationToken: ct);
            (await afterRevoke.Should().ThrowAsync<WispGateAuthenticationException>()).Which.Error.Code.Should().Be(WispGateErrorCodes.TokenRevoked);
        }

        var original = await harness.Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "crm sync", Scopes = [ApiKeyScope.Read, ApiKeyScope.Write] }, cancellationToken: ct);
        var replacement = await harness.Client.ApiKeys.RollAsync(original.Data.Id, new RollApiKeyRequest { ExpirePreviousInSeconds = 600 }, cancellationToken: ct);
        using var oldClient = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(harness.Server.BaseUrl, original.Data.Token!));
        using var newClient = WispGateClient.Create(WispGateClientOptions.ForLocalMockServer(harness.Server.BaseUrl, replacement.Data.Token!));
        (await oldClient.Identity.GetMeAsync(cancellationToken: ct)).Data.Token.ExpiresAt.Should().NotBeNull("the old key keeps working until its expires_at");
        (await newClient.Identity.GetMeAsync(cancellationToken: ct)).Data.Token.Id.Should().Be(replacement.Data.Id);

        harness.Server.Clock.Advance(TimeSpan.FromSeconds(601));

        var expired = () => oldClient.Identity.GetMeAsync(cancellationToken: ct);
        (await expired.Should().ThrowAsync<WispGateAuthenticationException>()).Which.Error.Code.Should().Be(WispGateErrorCodes.TokenExpired);
        (await newClient.Identity.GetMeAsync(cancellationToken: ct)).Data.Token.Id.Should().Be(replacement.Data.Id);
    }

    [Fact]
    public async Task A_live_key_sent_to_the_mock_server_is_refused_as_wrong_environment()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync(options => options.ApiToken = "wgk_live_0123456789abcdef0123456789abcdef");

        var act = () => harness.Client.Identity.GetMeAsync(cancellationToken: ct);

        (await act.Should().ThrowAsync<WispGateAuthenticationException>()).Which.Error.Code.Should().Be(WispGateErrorCodes.WrongEnvironment);
    }

    [Fact]
    public async Task ImportAsync_sends_2500_rows_in_three_batches_and_answers_every_row_with_its_original_index()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var run = Unique.Id("r");
        var rows = Enumerable.Range(0, 2500).Select(i => new CreateSubscriberRequest
        {
            ExternalId = $"bulk-{run}-{i}",
            FullName = $"Bulk {i}",
            Email = i is 10 or 1500 ? "not-an-email" : null,
            Status = SubscriberStatus.Prospect,
        }).ToList();
        var request = new ImportSubscribersRequest { Mode = ImportMode.CreateOnly, Subscribers = rows };
        var single = () => harness.Client.Subscribers.CreateAsync(rows[10], cancellationToken: ct);
        var singleError = (await single.Should().ThrowAsync<WispGateApiException>()).Which.Error;

        var first = await harness.Client.Subscribers.ImportAsync(request, new RequestOptions { IdempotencyKey = "bulk-" + run }, ct);

        first.Data.Results.Select(result => result.Index).Should().Equal(Enumerable.Range(0, 2500));
        first.Data.Summary.Should().Be(new ImportSummary { Created = 2498, Updated = 0, Unchanged = 0, Failed = 2 });
        var failures = first.Data.Results.Where(result => result.Status == ImportRowStatus.Failed).ToList();
        failures.Select(result => result.Index).Should().Equal(10, 1500);
        failures.Should().OnlyContain(result => result.Error!.Code == singleError.Code && result.Error.Field == singleError.Field, "a bad row fails like a single create");
        var created = await harness.Client.Subscribers.GetAsync(first.Data.Results[2499].Id!, cancellationToken: ct);
        created.Data.ExternalId.Should().Be($"bulk-{run}-2499", "row 2499's id is the subscriber of row 2499");

        var replay = await harness.Client.Subscribers.ImportAsync(request, new RequestOptions { IdempotencyKey = "bulk-" + run }, ct);
        replay.IdempotentReplayed.Should().BeTrue("the same import with the same key replays its batches");
        replay.Data.Should().BeEquivalentTo(first.Data);

        var again = await harness.Client.Subscribers.ImportAsync(request, cancellationToken: ct);
        again.Data.Summary.Should().Be(new ImportSummary { Created = 0, Updated = 0, Unchanged = 2498, Failed = 2 }, "create_only leaves the existing rows unchanged");
    }
}
