namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>400 vs 422 exactly as the seed and the contract define them, derived from the request schemas.</summary>
public sealed class ValidationTests
{
    [Fact]
    public async Task A_missing_required_field_is_400_missing_required_field_with_the_field()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { status = "prospect" });

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("missing_required_field");
        response.ErrorField.Should().Be("full_name");
    }

    [Fact]
    public async Task A_required_field_sent_as_null_counts_as_missing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", """{"full_name": null, "status": "prospect"}""");

        response.ErrorCode.Should().Be("missing_required_field");
        response.ErrorField.Should().Be("full_name");
    }

    [Fact]
    public async Task A_missing_nested_required_field_names_its_path()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect", address = new { line1 = "1 Road" } });

        response.ErrorCode.Should().Be("missing_required_field");
        response.ErrorField.Should().Be("address.city");
    }

    [Theory]
    [InlineData("""{"full_name": 42, "status": "prospect"}""", "full_name", "type")]
    [InlineData("""{"full_name": "X", "status": "sleeping"}""", "status", "enum")]
    [InlineData("""{"full_name": "X", "status": "prospect", "email": "not-an-email"}""", "email", "format")]
    [InlineData("""{"full_name": "X", "status": "prospect", "phone": "call me"}""", "phone", "pattern")]
    [InlineData("""{"full_name": "", "status": "prospect"}""", "full_name", "min_length")]
    [InlineData("""{"full_name": "X", "status": "prospect", "address": {"line1": "1", "city": "A", "country": "usa"}}""", "address.country", "pattern")]
    [InlineData("""{"full_name": "X", "status": "prospect", "metadata": {"k": 5}}""", "metadata.k", "type")]
    [InlineData("""{"full_name": "X", "status": "prospect", "email": null}""", "email", "type")]
    public async Task A_present_but_invalid_field_is_422_validation_error_with_details(string body, string field, string code)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", body);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be(field);
        var details = response.Error.GetProperty("details").EnumerateArray().ToList();
        details.Should().ContainSingle(d => d.GetProperty("field").GetString() == field && d.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Every_invalid_field_is_listed_in_details()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", """{"full_name": "X", "status": "sleeping", "email": "nope", "phone": "x"}""");

        response.Error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString())
            .Should().BeEquivalentTo("status", "email", "phone");
    }

    [Fact]
    public async Task An_unknown_billing_profile_is_422_validation_error()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect", billing_profile_id = "bp_999" });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("billing_profile_id");
        response.Error.GetProperty("details")[0].GetProperty("code").GetString().Should().Be("unknown_reference");
    }

    [Theory]
    [InlineData("/api/v1/subscribers", """{"full_name": "X", "status": "prospect", "billing_profile_id": "001"}""", "billing_profile_id")]
    [InlineData("/api/v1/services", """{"subscriber_id": "178", "service_package_id": "pkg_000001"}""", "subscriber_id")]
    [InlineData("/api/v1/services", """{"subscriber_id": "sub_000178", "service_package_id": "pkg-1"}""", "service_package_id")]
    [InlineData("/api/v1/invoices", """{"subscriber_id": "svc_000001", "lines": [{"description": "x", "quantity": 1, "unit_amount": 100}]}""", "subscriber_id")]
    [InlineData("/api/v1/tickets", """{"subject": "x", "description": "y", "subscriber_id": "sub_000178", "service_id": "service 1"}""", "service_id")]
    public async Task A_malformed_foreign_key_id_is_422_with_detail_code_pattern(string path, string body, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync(path, body);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be(field);
        response.Error.GetProperty("details").EnumerateArray().Select(d => (d.GetProperty("field").GetString(), d.GetProperty("code").GetString()))
            .Should().Contain((field, "pattern"), "a malformed id breaks the id pattern; only a well-formed id that does not exist is unknown_reference");
    }

    [Fact]
    public async Task Another_tenants_billing_profile_is_an_unknown_reference()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect", billing_profile_id = "bp_002" });

        response.ErrorField.Should().Be("billing_profile_id");
    }

    [Theory]
    [InlineData("suspended")]
    [InlineData("cancelled")]
    public async Task A_new_subscriber_cannot_start_suspended_or_cancelled(string status)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorField.Should().Be("status");
    }

    [Theory]
    [InlineData("{\"full_name\": \"X\", ")]
    [InlineData("not json")]
    [InlineData("{'full_name': 'X'}")]
    [InlineData("[{\"full_name\": \"X\", \"status\": \"prospect\"}]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"full_name\": \"X\", \"status\": \"prospect\", \"full_name\": \"Y\"}")]
    public async Task A_body_that_is_not_one_json_object_is_400_malformed_json(string body)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", body);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("malformed_json");
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_400_malformed_json()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var content = new ByteArrayContent([.. "{\"full_name\": \"X"u8, 0xFF, 0xFE, .. "\", \"status\": \"prospect\"}"u8]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.ErrorCode.Should().Be("malformed_json");
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_tolerated()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. "{\"full_name\": \"BOM\", \"status\": \"prospect\"}"u8]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.Status.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_empty_body_where_one_is_required_is_400_malformed_json()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", null);

        response.ErrorCode.Should().Be("malformed_json");
    }

    [Fact]
    public async Task Unknown_request_properties_are_ignored()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect", favourite_colour = "blue" });

        response.Status.Should().Be(HttpStatusCode.Created);
        response.Data.TryGetProperty("favourite_colour", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=ten")]
    [InlineData("status=sleeping")]
    [InlineData("status=active,sleeping")]
    [InlineData("created_after=yesterday")]
    [InlineData("q=")]
    public async Task A_malformed_query_parameter_is_400_invalid_parameter_naming_it(string query)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?" + query);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be(query.Split('=')[0]);
    }

    [Fact]
    public async Task A_path_id_longer_than_the_contract_allows_is_400_invalid_parameter()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers/" + new string('x', 65));

        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be("id");
    }

    [Fact]
    public async Task Validation_errors_change_nothing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "sleeping", external_id = "never" });

        (await api.GetAsync("/api/v1/subscribers?external_id=never")).Ids.Should().BeEmpty();
    }
}
