namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// What the body checks say: missing fields come before invalid ones and list only what is missing; an invalid body's
/// message is its first problem, with the count when there are more; a body sent to an operation that takes none is
/// ignored when it is JSON; a form operation names its own media type.
/// </summary>
public sealed class BodyCheckMessageTests
{
    [Fact]
    public async Task Missing_fields_win_over_invalid_ones_and_the_details_list_only_what_is_missing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { status = "sleeping", email = "nope" });

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("missing_required_field");
        response.Error.GetProperty("message").GetString().Should().Be("full_name is required.");
        var detail = response.Error.GetProperty("details").EnumerateArray().Should().ContainSingle().Subject;
        detail.GetProperty("field").GetString().Should().Be("full_name");
        detail.GetProperty("code").GetString().Should().Be("required");
    }

    [Fact]
    public async Task Every_missing_field_is_listed_and_the_first_one_is_named()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/tickets", new { });

        response.ErrorField.Should().Be("subject");
        response.Error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString())
            .Should().Equal("subject", "description");
    }

    [Fact]
    public async Task One_invalid_field_is_its_own_message()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "sleeping" });

        response.Code.Should().Be(422);
        response.Error.GetProperty("message").GetString().Should().Be("status must be one of: prospect, active, suspended, cancelled.");
    }

    [Fact]
    public async Task Several_invalid_fields_name_the_first_and_count_them_all()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "sleeping", email = "nope" });

        response.Code.Should().Be(422);
        response.ErrorField.Should().Be("email");
        response.Error.GetProperty("message").GetString().Should().Be("email must be a valid email. (2 problems in total, see details.)");
        response.Error.GetProperty("details").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_JSON_body_sent_to_an_operation_that_takes_none_is_ignored()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var keyId = (await api.PostAsync("/api/v1/api-keys", new { name = "body ignored", scopes = new[] { "read" } })).DataString("id");

        var response = await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { anything = "at all" });

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Data.GetProperty("revoked_at").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task A_form_operation_reads_its_form_and_names_its_own_media_type_when_refused()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        using var asText = new StringContent("api_token=wgk_test_demo", System.Text.Encoding.UTF8, "text/plain");
        var refused = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", asText);
        using var withoutToken = new FormUrlEncodedContent([new KeyValuePair<string, string>("other", "1")]);
        var missing = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", withoutToken);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("api_token", "wgk_test_demo")]);
        var feed = await api.SendAsync(HttpMethod.Post, "/api/libreqos/shaped-devices", form);

        refused.Code.Should().Be(415);
        refused.Error.GetProperty("message").GetString().Should().Be("Send the body as application/x-www-form-urlencoded (UTF-8).");
        missing.ErrorCode.Should().Be("missing_required_field");
        missing.ErrorField.Should().Be("api_token");
        feed.Status.Should().Be(HttpStatusCode.OK);
        feed.Json.ValueKind.Should().Be(JsonValueKind.Array);
        feed.Json.GetArrayLength().Should().BeGreaterThan(0, "the demo seed has shaped devices");
    }
}
