namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>Per-token rate limit on the server clock.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_the_limit_is_429_rate_limited_with_retry_after_until_the_window_passes()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 3 });
        await using var _ = server;
        using var api = new ApiClient(server);

        var allowed = new List<ApiResponse>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await api.GetAsync("/api/v1/subscribers/sub_000178"));
        }

        var limited = await api.GetAsync("/api/v1/subscribers/sub_000178");
        time.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = await api.GetAsync("/api/v1/subscribers/sub_000178");

        allowed.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        allowed.Select(r => r.Header("RateLimit-Remaining")).Should().Equal("2", "1", "0");
        allowed.Should().OnlyContain(r => r.Header("RateLimit-Limit") == "3" && r.Header("RateLimit-Reset") == "1");
        limited.Code.Should().Be(429);
        limited.ErrorCode.Should().Be("rate_limited");
        limited.Header("Retry-After").Should().Be("1");
        afterWindow.Status.Should().Be(HttpStatusCode.OK);
        afterWindow.Header("RateLimit-Remaining").Should().Be("2");
    }

    [Fact]
    public async Task The_limit_is_per_token()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync(new WispGateMockServerOptions { RateLimitPerSecond = 1 });
        await using var __ = server;
        using var demo = new ApiClient(server);
        using var readOnly = new ApiClient(server, server.DemoTokens.ReadOnly);

        (await demo.GetAsync("/api/v1/subscribers")).Status.Should().Be(HttpStatusCode.OK);
        (await demo.GetAsync("/api/v1/subscribers")).Code.Should().Be(429);
        (await readOnly.GetAsync("/api/v1/subscribers")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Errors_carry_the_rate_limit_headers_too()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var unauthorized = await api.GetAsync("/api/v1/subscribers");
        var notFound = await api.GetAsync("/nowhere");

        unauthorized.Header("RateLimit-Limit").Should().Be("1000", "the default is 1,000 per second");
        notFound.Header("RateLimit-Remaining").Should().NotBeNull();
    }
}
