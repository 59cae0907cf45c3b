namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// A parameter the contract's schema refuses is 400 <c>invalid_parameter</c> on that parameter, with a message that
/// names it the way the client wrote it: <c>limit</c>, the second value of a repeated <c>status</c> as
/// <c>status[1]</c>, a header by its header name.
/// </summary>
public sealed class ParameterMessageTests
{
    [Theory]
    [InlineData("/api/v1/subscribers?limit=0", "limit", "limit must be at least 1.")]
    [InlineData("/api/v1/subscribers?limit=101", "limit", "limit must be at most 100.")]
    [InlineData("/api/v1/subscribers?limit=ten", "limit", "limit must be an integer.")]
    [InlineData("/api/v1/subscribers?status=sleeping", "status", "status[0] must be one of: prospect, active, suspended, cancelled.")]
    [InlineData("/api/v1/subscribers?status=active&status=sleeping", "status", "status[1] must be one of: prospect, active, suspended, cancelled.")]
    [InlineData("/api/v1/tickets?priority=urgent&priority=low&priority=whenever", "priority", "priority[2] must be one of: low, normal, high, urgent.")]
    [InlineData("/api/v1/subscribers?q=", "q", "q must have at least 1 character.")]
    [InlineData("/api/v1/devices?mac=zz", "mac", "mac must match ^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$.")]
    [InlineData("/api/v1/sessions?nas_ip_address=10.0.0", "nas_ip_address", "nas_ip_address must be a valid ipv4.")]
    [InlineData("/api/v1/invoices?overdue=maybe", "overdue", "overdue must be a boolean.")]
    [InlineData("/api/v1/subscribers/sub_00000000000000000000000000000000000000000000000000000000000000001", "id", "id must have at most 64 characters.")]
    public async Task A_refused_query_or_path_parameter_is_named_in_field_and_message(string path, string field, string message)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync(path);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be(field);
        response.Error.GetProperty("message").GetString().Should().Be(message);
    }

    [Fact]
    public async Task A_refused_header_parameter_is_named_by_its_header_name()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync(
            "/api/v1/subscribers",
            new { full_name = "Header Check", status = "prospect" },
            Keys.Header("X-Idempotency-Key", new string('k', 256)));

        response.Code.Should().Be(400);
        response.ErrorField.Should().Be("X-Idempotency-Key");
        response.Error.GetProperty("message").GetString().Should().Be("X-Idempotency-Key must have at most 255 characters.");
    }

    [Fact]
    public async Task Parameters_are_checked_before_the_body()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { status = "sleeping" }, Keys.Header("X-Idempotency-Key", new string('k', 256)));

        response.ErrorCode.Should().Be("invalid_parameter", "the header is refused before the body's missing and invalid fields");
        response.ErrorField.Should().Be("X-Idempotency-Key");
    }

    [Theory]
    [InlineData("/api/v1/subscribers?status=active&status=suspended&limit=1")]
    [InlineData("/api/v1/tickets?priority=urgent&priority=low")]
    [InlineData("/api/v1/devices?mac=aa:BB:cc:DD:ee:FF")]
    [InlineData("/api/v1/invoices?overdue=true&limit=100")]
    public async Task Values_the_schema_accepts_pass(string path)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync(path);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }
}
