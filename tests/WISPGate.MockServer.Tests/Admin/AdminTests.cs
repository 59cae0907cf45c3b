namespace WISPGate.MockServer.Tests.Admin;

/// <summary>Reset, clock and the admin token.</summary>
public sealed class AdminTests
{
    [Fact]
    public async Task Reset_returns_to_the_seed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", SeedExamples.CreateSubscriberRequest, Keys.Idempotency("before-reset"));
        await api.DeleteAsync("/api/v1/subscribers/sub_000181");
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/services", Status = 500 });
        server.Clock.Advance(TimeSpan.FromDays(3));

        await server.ResetAsync(TestContext.Current.CancellationToken);
        var again = await api.PostAsync("/api/v1/subscribers", SeedExamples.CreateSubscriberRequest, Keys.Idempotency("before-reset"));

        again.Status.Should().Be(HttpStatusCode.Created);
        again.Header("X-Idempotent-Replayed").Should().BeNull("idempotency keys are forgotten");
        again.DataString("id").Should().Be("sub_000184", "id counters restart with the seed");
        (await api.GetAsync("/api/v1/subscribers/sub_000181")).Status.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/services")).Status.Should().Be(HttpStatusCode.OK, "faults are cleared");
        server.Clock.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Reset_over_http_returns_to_the_seed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.DeleteAsync("/api/v1/subscribers/sub_000181");

        using var reset = await api.Http.PostAsync("/__admin/wispgate/reset", null, TestContext.Current.CancellationToken);

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/subscribers/sub_000181")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advancing_the_clock_moves_server_time_forward()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        using var api = new ApiClient(server);

        using var advanced = await api.Http.PostAsync("/__admin/wispgate/clock/advance", new StringContent("""{"days":1,"hours":2}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var created = await api.PostAsync("/api/v1/subscribers", new { full_name = "Tomorrow", status = "prospect" });

        advanced.StatusCode.Should().Be(HttpStatusCode.OK);
        created.DataString("created_at").Should().Be("2026-04-14T12:21:00Z");
        var clock = JsonDocument.Parse(await api.Http.GetStringAsync("/__admin/wispgate/clock", TestContext.Current.CancellationToken)).RootElement.GetProperty("data");
        clock.GetProperty("offset_seconds").GetDouble().Should().Be(93_600);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"seconds":-5}""")]
    [InlineData("""{"weeks":1}""")]
    public async Task A_bad_clock_advance_is_refused(string body)
    {
        await using var server = await MockServers.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await http.PostAsync("/__admin/wispgate/clock/advance", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        server.Clock.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task With_an_admin_token_every_admin_path_requires_it()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = "s3cret" });
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var wireMockAdmin = await http.GetAsync("/__admin/mappings", TestContext.Current.CancellationToken);
        using var reset = await http.PostAsync("/__admin/wispgate/reset", null, TestContext.Current.CancellationToken);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/__admin/wispgate/reset");
        wrong.Headers.Add("Authorization", "Bearer guess");
        using var wrongAnswer = await http.SendAsync(wrong, TestContext.Current.CancellationToken);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/__admin/mappings");
        right.Headers.Add("Authorization", "Bearer s3cret");
        using var rightAnswer = await http.SendAsync(right, TestContext.Current.CancellationToken);
        using var api = new ApiClient(server);

        wireMockAdmin.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        reset.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        JsonDocument.Parse(await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("unauthorized");
        wrongAnswer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        rightAnswer.StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/subscribers")).Status.Should().Be(HttpStatusCode.OK, "the API itself is not behind the admin token");
    }
}
