namespace WISPGate.MockServer.Tests.Subscribers;

/// <summary>Subscribers: get, update (merge patch), delete rules, balance.</summary>
public sealed class SubscriberTests
{
    [Fact]
    public async Task A_subscriber_is_returned_with_its_balance_summary()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers/sub_000178");

        response.DataString("full_name").Should().Be("Maria Garcia");
        response.Data.GetProperty("balance").GetProperty("currency").GetString().Should().Be("USD");
        response.Data.GetProperty("balance").GetProperty("subscriber_id").GetString().Should().Be("sub_000178");
    }

    [Fact]
    public async Task An_unknown_subscriber_is_404_not_found()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers/sub_999999");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be("not_found");
    }

    [Fact]
    public async Task The_balance_endpoint_answers_the_summary()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var balance = await api.GetAsync("/api/v1/subscribers/sub_000179/balance");

        balance.Data.GetProperty("balance").GetInt64().Should().Be(0);
        balance.Data.GetProperty("has_overdue_invoice").GetBoolean().Should().BeFalse();
        (await api.GetAsync("/api/v1/subscribers/sub_000183/balance")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_patch_changes_only_the_given_fields_and_null_clears()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var before = await api.GetAsync("/api/v1/subscribers/sub_000178");

        var patched = await api.PatchAsync("/api/v1/subscribers/sub_000178", """{"full_name":"Maria G. Lopez","email":null,"metadata":{"tier":"gold"}}""");

        patched.Status.Should().Be(HttpStatusCode.OK);
        patched.DataString("full_name").Should().Be("Maria G. Lopez");
        patched.Data.TryGetProperty("email", out var email).Should().Be(email.ValueKind == JsonValueKind.Null);
        patched.DataString("phone").Should().Be(before.DataString("phone"));
        patched.Data.GetProperty("metadata").GetRawText().Should().Be("""{"tier":"gold"}""", "metadata is replaced as a whole");
        patched.DataString("status").Should().Be("active");
        patched.DataString("updated_at").Should().NotBe(before.DataString("updated_at"));
        (await api.GetAsync("/api/v1/subscribers/sub_000178")).DataString("full_name").Should().Be("Maria G. Lopez");
    }

    [Fact]
    public async Task The_status_is_not_patchable()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var patched = await api.PatchAsync("/api/v1/subscribers/sub_000181", new { status = "active" });

        patched.DataString("status").Should().Be("prospect");
    }

    [Fact]
    public async Task A_patch_to_a_taken_external_id_is_409_and_an_unknown_profile_422()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var duplicate = await api.PatchAsync("/api/v1/subscribers/sub_000178", new { external_id = "crm-10002" });
        var unknown = await api.PatchAsync("/api/v1/subscribers/sub_000178", new { billing_profile_id = "bp_404" });
        var same = await api.PatchAsync("/api/v1/subscribers/sub_000178", new { external_id = "crm-10001" });

        duplicate.Status.Should().Be(HttpStatusCode.Conflict);
        duplicate.ErrorCode.Should().Be("duplicate_subscriber");
        unknown.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        unknown.ErrorField.Should().Be("billing_profile_id");
        same.Status.Should().Be(HttpStatusCode.OK, "keeping its own external id is no duplicate");
    }

    [Fact]
    public async Task A_prospect_without_services_can_be_deleted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Short Lived", status = "prospect" })).DataString("id");
        await api.PostAsync($"/api/v1/subscribers/{id}/contacts", new { name = "Contact", roles = new[] { "primary" } });

        var deleted = await api.DeleteAsync($"/api/v1/subscribers/{id}");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        deleted.Body.Should().BeEmpty();
        (await api.GetAsync($"/api/v1/subscribers/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/subscribers/{id}/contacts")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_prospect_without_services_can_be_deleted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var active = await api.DeleteAsync("/api/v1/subscribers/sub_000178");
        var prospectWithService = await api.DeleteAsync("/api/v1/subscribers/sub_000181");

        active.Status.Should().Be(HttpStatusCode.Conflict);
        active.ErrorCode.Should().Be("invalid_state_transition");
        prospectWithService.Status.Should().Be(HttpStatusCode.Conflict);
        prospectWithService.ErrorCode.Should().Be("resource_in_use");
    }
}
