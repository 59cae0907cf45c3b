namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// What each refusal of the auth step says: its message (what to do about it), the field it names, and that only a 401
/// asks for credentials with <c>WWW-Authenticate</c>.
/// </summary>
public sealed class AuthMessageTests
{
    [Fact]
    public async Task A_missing_token_is_told_how_to_send_one()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var response = await api.GetAsync("/api/v1/subscribers");

        response.Error.GetProperty("message").GetString().Should().Be("A valid API token is required: send Authorization: Bearer <api_token>.");
    }

    [Fact]
    public async Task A_scope_refusal_names_the_missing_scope_and_does_not_ask_for_credentials()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.ReadOnly);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "X", status = "prospect" });

        response.Code.Should().Be(403);
        response.Error.GetProperty("message").GetString().Should().Be("This token lacks the 'write' scope.");
        response.Header("WWW-Authenticate").Should().BeNull("a 403 is not cured by other credentials of the same key");
    }

    [Fact]
    public async Task A_multi_tenant_token_without_a_tenant_is_told_to_name_one()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, server.DemoTokens.Partner);

        var response = await api.GetAsync("/api/v1/subscribers");

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("missing_required_field");
        response.Error.GetProperty("message").GetString().Should().Be("This token acts for several tenants: name one in X-Tenant-ID.");
        response.Header("WWW-Authenticate").Should().BeNull();
    }

    [Fact]
    public async Task A_forbidden_tenant_is_named_in_the_message_and_the_field_is_the_tenant_header()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers", Keys.Tenant(server.DemoTokens.SecondTenant));

        response.Code.Should().Be(403);
        response.ErrorCode.Should().Be("tenant_forbidden");
        response.ErrorField.Should().Be("X-Tenant-ID");
        response.Error.GetProperty("message").GetString().Should().Be($"This token may not act for tenant '{server.DemoTokens.SecondTenant}'.");
    }
}
