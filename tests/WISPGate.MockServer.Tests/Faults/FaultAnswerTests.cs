namespace WISPGate.MockServer.Tests.Faults;

/// <summary>
/// An injected status answers with the contract's envelope: the error code a real answer of that status carries
/// (429 <c>rate_limited</c>, 404 <c>not_found</c>, 5xx <c>internal_error</c>, anything else <c>injected_fault</c>), a
/// message that says it was injected, and <c>Retry-After</c> only when the rule sets one.
/// </summary>
public sealed class FaultAnswerTests
{
    [Theory]
    [InlineData(400, "injected_fault")]
    [InlineData(403, "injected_fault")]
    [InlineData(404, "not_found")]
    [InlineData(429, "rate_limited")]
    [InlineData(431, "injected_fault")]
    [InlineData(500, "internal_error")]
    [InlineData(503, "internal_error")]
    public async Task An_injected_status_carries_its_code_and_says_it_was_injected(int status, string code)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = status });

        var response = await api.GetAsync("/api/v1/subscribers/sub_000178");

        response.Code.Should().Be(status);
        response.ErrorCode.Should().Be(code);
        response.Error.GetProperty("message").GetString().Should().Be($"Injected fault: the mock server was told to answer {status}.");
        response.Header("Retry-After").Should().BeNull("the rule sets none");
    }

    [Fact]
    public async Task A_rule_for_another_route_leaves_the_request_alone()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/invoices/{id}", Status = 503 });

        var response = await api.GetAsync("/api/v1/subscribers/sub_000178");

        response.Status.Should().Be(HttpStatusCode.OK);
        server.Faults.Pending.Should().ContainSingle("the rule is still waiting for its route");
    }
}
