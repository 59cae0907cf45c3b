using WISPGate.MockServer.Tests.Security;

namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// The answers every handler shares, seen on the wire: a create is stored, evented and located; a delete is an empty
/// 204; a missing resource, an impossible transition, a body that is not an object and an unknown reference each have
/// one message grammar; a secret shown once is masked in the request log, on the first answer and on its replay.
/// </summary>
public sealed class ResultConventionsTests
{
    [Fact]
    public async Task A_create_is_201_at_its_location_stored_and_recorded_as_an_event()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/subscribers", new { full_name = "Stored Once", status = "prospect" });
        var id = created.DataString("id")!;
        var read = await api.GetAsync(created.Header("Location")!);
        var listed = await api.GetAsync("/api/v1/subscribers?limit=1");
        var events = await api.GetAsync("/api/v1/events?limit=1");

        created.Code.Should().Be(201);
        created.Header("Location").Should().Be($"/api/v1/subscribers/{id}");
        read.Status.Should().Be(HttpStatusCode.OK);
        read.DataString("full_name").Should().Be("Stored Once");
        listed.Ids.Should().Equal(id);
        var latest = events.Data[0];
        latest.GetProperty("type").GetString().Should().Be("subscriber.created");
        latest.GetProperty("data").GetProperty("object").GetProperty("id").GetString().Should().Be(id);
    }

    [Fact]
    public async Task A_ticket_created_and_then_updated_is_stored_both_times_and_evented_both_times()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/tickets", new { subject = "No signal", description = "Since the storm.", subscriber_id = "sub_000178" });
        var id = created.DataString("id")!;
        var readAfterCreate = await api.GetAsync($"/api/v1/tickets/{id}");
        var updated = await api.PatchAsync($"/api/v1/tickets/{id}", new { priority = "high" });
        var readAfterUpdate = await api.GetAsync($"/api/v1/tickets/{id}");
        var events = await api.GetAsync("/api/v1/events?limit=2");

        created.Code.Should().Be(201);
        created.Header("Location").Should().Be($"/api/v1/tickets/{id}");
        readAfterCreate.DataString("subject").Should().Be("No signal");
        updated.DataString("priority").Should().Be("high");
        readAfterUpdate.DataString("priority").Should().Be("high", "the update was stored, not only answered");
        events.Data.EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("data").GetProperty("object").GetProperty("id").GetString()))
            .Should().Equal(("ticket.updated", id), ("ticket.created", id));
    }

    [Theory]
    [InlineData("/api/v1/subscribers?external_id=crm-10001", "/api/v1/subscribers/sub_000178")]
    [InlineData("/api/v1/invoices?limit=1", "/api/v1/invoices/inv_000003")]
    public async Task A_list_item_is_the_same_object_a_single_read_returns(string list, string single)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var listed = await api.GetAsync(list);
        var read = await api.GetAsync(single);

        listed.Data[0].GetRawText().Should().Be(read.Data.GetRawText(), "a list renders its items as their own reads do (a subscriber with its balance)");
    }

    [Fact]
    public async Task A_delete_is_204_with_no_body_and_no_content_type_and_the_resource_is_gone()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Short Lived", status = "prospect" })).DataString("id");

        var response = await api.DeleteAsync($"/api/v1/subscribers/{id}");
        var after = await api.GetAsync($"/api/v1/subscribers/{id}");

        response.Status.Should().Be(HttpStatusCode.NoContent);
        response.Body.Should().BeEmpty();
        response.Header("Content-Type").Should().BeNull();
        after.Code.Should().Be(404);
    }

    [Fact]
    public async Task A_missing_resource_is_404_not_found_naming_the_resource_and_the_id()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/invoices/inv_nope");

        response.Code.Should().Be(404);
        response.ErrorCode.Should().Be("not_found");
        response.ErrorField.Should().Be("id");
        response.Error.GetProperty("message").GetString().Should().Be("No invoice with id 'inv_nope' exists.");
    }

    [Fact]
    public async Task An_impossible_transition_is_409_with_a_or_an_by_the_resource_name()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var key = await api.PostAsync("/api/v1/api-keys", new { name = "short lived", scopes = new[] { "read" } });
        var keyId = key.DataString("id");
        await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { });

        var cancelledSubscriber = await api.PostAsync("/api/v1/subscribers/sub_000182/activate", new { });
        var revokedKey = await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { });

        cancelledSubscriber.Code.Should().Be(409);
        cancelledSubscriber.ErrorCode.Should().Be("invalid_state_transition");
        cancelledSubscriber.ErrorField.Should().Be("status");
        cancelledSubscriber.Error.GetProperty("message").GetString().Should().Be("A subscriber that is cancelled cannot be activated.");
        revokedKey.ErrorCode.Should().Be("invalid_state_transition");
        revokedKey.ErrorField.Should().Be("id");
        revokedKey.Error.GetProperty("message").GetString().Should().Be("An API key that is revoked cannot be revoked.");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    public async Task Json_that_is_not_an_object_is_400_malformed_json_with_its_own_message(string body)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", body);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().Be("The request body must be a JSON object.");
    }

    [Fact]
    public async Task Invalid_json_is_400_malformed_json_that_says_so_and_why()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", "{\"full_name\": ");

        response.ErrorCode.Should().Be("malformed_json");
        var message = response.Error.GetProperty("message").GetString();
        message.Should().StartWith("The request body is not valid JSON: ");
        message!.Length.Should().BeGreaterThan("The request body is not valid JSON: ".Length, "the parser's reason follows");
    }

    [Fact]
    public async Task An_unknown_reference_is_422_on_its_field_with_one_detail()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/services", new { subscriber_id = "sub_nope", service_package_id = "pkg_nope" });

        response.Code.Should().Be(422);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("subscriber_id");
        response.Error.GetProperty("message").GetString().Should().Be("No subscriber 'sub_nope' exists.");
        var detail = response.Error.GetProperty("details").EnumerateArray().Should().ContainSingle().Subject;
        detail.GetProperty("field").GetString().Should().Be("subscriber_id");
        detail.GetProperty("code").GetString().Should().Be("unknown_reference");
        detail.GetProperty("message").GetString().Should().Be("No subscriber 'sub_nope' exists.");
    }

    [Theory]
    [InlineData(1, "The tenant holds 1 record, the most this server keeps per tenant; nothing was stored. Delete records or reset the server's data.")]
    [InlineData(2, "The tenant holds 2 records, the most this server keeps per tenant; nothing was stored. Delete records or reset the server's data.")]
    public async Task A_full_tenant_is_409_storage_limit_reached_naming_its_limit_and_the_refusal_is_not_replayed(int limit, string message)
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty", MaxRecordsPerTenant = limit });
        using var api = new ApiClient(server);
        for (var i = 0; i < limit; i++)
        {
            (await api.PostAsync("/api/v1/subscribers", new { full_name = $"Holder {i}", status = "prospect" })).Code.Should().Be(201);
        }

        var refused = await api.PostAsync("/api/v1/subscribers", new { full_name = "No Room", status = "prospect" }, Keys.Idempotency("full"));
        await api.DeleteAsync($"/api/v1/subscribers/{(await api.GetAsync("/api/v1/subscribers?limit=1")).Ids[0]}");
        var retried = await api.PostAsync("/api/v1/subscribers", new { full_name = "No Room", status = "prospect" }, Keys.Idempotency("full"));

        refused.Code.Should().Be(409);
        refused.ErrorCode.Should().Be("storage_limit_reached");
        refused.Error.GetProperty("message").GetString().Should().Be(message);
        retried.Code.Should().Be(201, "a refusal of the moment is not stored under the key: the retry runs");
        retried.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task A_signing_secret_is_masked_in_the_request_log_on_the_create_and_on_its_replay()
    {
        const string adminToken = "admin-token-result-conventions";
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = adminToken });
        using var api = new ApiClient(server);
        var body = new { url = "https://example.com/hooks/masked", events = new[] { "subscriber.created" } };

        var first = await api.PostAsync("/api/v1/webhook-endpoints", body, Keys.Idempotency("mask-once"));
        var replay = await api.PostAsync("/api/v1/webhook-endpoints", body, Keys.Idempotency("mask-once"));
        var log = await SecretBearingJourney.RequestLogAsync(server.BaseUrl, adminToken);

        var secret = first.DataString("secret")!;
        secret.Should().StartWith("whsec_");
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        replay.DataString("secret").Should().Be(secret, "the client sees its replay as it saw the first answer");
        log.Should().NotContain(secret);
        var masked = $"\"secret\":\"{new string('*', secret.Length)}\"";
        log.Split(masked).Length.Should().BeGreaterThanOrEqualTo(3, "the create and its replay are both logged, both masked");
    }
}
