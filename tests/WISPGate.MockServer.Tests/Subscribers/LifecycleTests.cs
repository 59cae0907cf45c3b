namespace WISPGate.MockServer.Tests.Subscribers;

/// <summary>prospect → active ⇄ suspended → cancelled; anything else is 409 invalid_state_transition.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task A_subscriber_goes_through_its_whole_lifecycle()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Life Cycle", status = "prospect" })).DataString("id");

        var activated = await api.PostAsync($"/api/v1/subscribers/{id}/activate");
        var suspended = await api.PostAsync($"/api/v1/subscribers/{id}/suspend", new { reason = "non-payment" });
        var reactivated = await api.PostAsync($"/api/v1/subscribers/{id}/reactivate");
        var cancelled = await api.PostAsync($"/api/v1/subscribers/{id}/cancel", new { reason = "moved away" });

        activated.DataString("status").Should().Be("active");
        suspended.DataString("status").Should().Be("suspended");
        reactivated.DataString("status").Should().Be("active");
        cancelled.DataString("status").Should().Be("cancelled");
    }

    [Theory]
    [InlineData("sub_000178", "activate")]
    [InlineData("sub_000178", "reactivate")]
    [InlineData("sub_000180", "activate")]
    [InlineData("sub_000181", "reactivate")]
    [InlineData("sub_000182", "activate")]
    [InlineData("sub_000182", "reactivate")]
    [InlineData("sub_000182", "cancel")]
    public async Task An_illegal_transition_is_409_invalid_state_transition(string id, string action)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var before = await api.GetAsync($"/api/v1/subscribers/{id}");

        var response = await api.PostAsync($"/api/v1/subscribers/{id}/{action}");

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be("invalid_state_transition");
        (await api.GetAsync($"/api/v1/subscribers/{id}")).DataString("status").Should().Be(before.DataString("status"));
    }

    [Fact]
    public async Task Suspending_needs_a_reason_and_an_active_subscriber()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var noBody = await api.PostAsync("/api/v1/subscribers/sub_000178/suspend");
        var noReason = await api.PostAsync("/api/v1/subscribers/sub_000178/suspend", new { });
        var prospect = await api.PostAsync("/api/v1/subscribers/sub_000181/suspend", new { reason = "x" });

        noBody.ErrorCode.Should().Be("malformed_json");
        noReason.ErrorCode.Should().Be("missing_required_field");
        noReason.ErrorField.Should().Be("reason");
        prospect.ErrorCode.Should().Be("invalid_state_transition");
    }

    [Fact]
    public async Task Cancelling_with_live_services_is_409_resource_in_use()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers/sub_000178/cancel");

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be("resource_in_use");
    }
}
