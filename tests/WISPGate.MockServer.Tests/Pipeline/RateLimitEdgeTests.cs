namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// The rate limit's answer in full (its message, the <c>RateLimit-*</c> headers of the refusal itself), that a refused
/// request never reaches its operation, and that requests without a token share one window.
/// </summary>
public sealed class RateLimitEdgeTests
{
    [Fact]
    public async Task A_refused_request_names_the_limit_and_the_wait_and_carries_the_rate_limit_headers()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 2 });
        await using var __ = server;
        using var api = new ApiClient(server);
        await api.GetAsync("/api/v1/subscribers/sub_000178");
        await api.GetAsync("/api/v1/subscribers/sub_000178");

        var limited = await api.GetAsync("/api/v1/subscribers/sub_000178");

        limited.Code.Should().Be(429);
        limited.Error.GetProperty("message").GetString().Should().Be("Rate limit of 2 requests per second exceeded; retry after 1 s.");
        limited.Header("Retry-After").Should().Be("1");
        limited.Header("RateLimit-Limit").Should().Be("2");
        limited.Header("RateLimit-Remaining").Should().Be("0", "a refused request leaves nothing, never a negative count");
        limited.Header("RateLimit-Reset").Should().Be("1");
    }

    [Fact]
    public async Task A_refused_POST_does_not_reach_its_operation()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 1 });
        await using var _ = server;
        using var api = new ApiClient(server);
        await api.GetAsync("/api/v1/subscribers/sub_000178");

        var limited = await api.PostAsync("/api/v1/subscribers", new { full_name = "Too Fast", status = "prospect", external_id = "rl-post-1" });
        time.Advance(TimeSpan.FromSeconds(1));
        var list = await api.GetAsync("/api/v1/subscribers?external_id=rl-post-1");

        limited.Code.Should().Be(429);
        list.Status.Should().Be(HttpStatusCode.OK);
        list.Ids.Should().BeEmpty("the refused create was never run");
    }

    [Fact]
    public async Task Requests_without_a_token_share_one_window_apart_from_those_with_tokens()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 1 });
        await using var __ = server;
        using var anonymous = new ApiClient(server, token: null);
        using var otherAnonymous = new ApiClient(server, token: null);
        using var demo = new ApiClient(server);

        var first = await anonymous.GetAsync("/api/v1/subscribers");
        var second = await otherAnonymous.GetAsync("/api/v1/subscribers");
        var withToken = await demo.GetAsync("/api/v1/subscribers");

        first.Code.Should().Be(401, "the first request without a token is counted, then refused by authentication");
        second.Code.Should().Be(429, "the second request without a token falls in the same window");
        withToken.Status.Should().Be(HttpStatusCode.OK);
    }
}
