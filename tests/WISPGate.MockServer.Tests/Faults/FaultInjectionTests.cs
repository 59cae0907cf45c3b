namespace WISPGate.MockServer.Tests.Faults;

/// <summary>Fault injection, in process and over the admin API.</summary>
public sealed class FaultInjectionTests
{
    private static readonly object Subscriber = new { full_name = "Faulty", status = "prospect", external_id = "fault-1" };

    [Fact]
    public async Task An_injected_status_answers_the_next_times_matching_requests_then_normal_service_resumes()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v1/subscribers/{id}", Status = 503, RetryAfterSeconds = 7, Times = 2 });

        var first = await api.GetAsync("/api/v1/subscribers/sub_000178");
        var second = await api.GetAsync("/api/v1/subscribers/sub_000179");
        var other = await api.GetAsync("/api/v1/subscribers");
        var third = await api.GetAsync("/api/v1/subscribers/sub_000178");

        first.Code.Should().Be(503);
        first.Header("Retry-After").Should().Be("7");
        first.Json.GetProperty("success").GetBoolean().Should().BeFalse();
        second.Code.Should().Be(503);
        other.Status.Should().Be(HttpStatusCode.OK, "the fault matches its method and path only");
        third.Status.Should().Be(HttpStatusCode.OK);
        server.Faults.Pending.Should().BeEmpty();
    }

    [Fact]
    public async Task An_injected_429_looks_like_the_rate_limit()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "*", Path = "/api/v1/subscribers", Status = 429, RetryAfterSeconds = 2 });

        var response = await api.PostAsync("/api/v1/subscribers", Subscriber);

        response.Code.Should().Be(429);
        response.ErrorCode.Should().Be("rate_limited");
        response.Header("Retry-After").Should().Be("2");
        (await api.GetAsync("/api/v1/subscribers?external_id=fault-1")).Ids.Should().BeEmpty("nothing was done");
    }

    [Fact]
    public async Task Drop_before_closes_the_connection_and_changes_nothing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropBefore = true });

        var send = () => api.PostAsync("/api/v1/subscribers", Subscriber);

        await send.Should().ThrowAsync<HttpRequestException>();
        (await api.GetAsync("/api/v1/subscribers?external_id=fault-1")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Drop_after_commit_closes_the_connection_after_the_change_was_made()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropAfterCommit = true });

        var send = () => api.PostAsync("/api/v1/subscribers", Subscriber);

        await send.Should().ThrowAsync<HttpRequestException>();
        (await api.GetAsync("/api/v1/subscribers?external_id=fault-1")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task A_delay_holds_the_answer_back()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/health", DelayMilliseconds = 300, Status = 500 });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await api.GetAsync("/health");

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
        response.Code.Should().Be(500);
        response.ErrorCode.Should().Be("internal_error");
    }

    [Fact]
    public async Task Faults_are_managed_over_the_admin_api()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        using var added = await api.Http.PostAsync("/__admin/wispgate/faults", Json("""{"method":"GET","path":"/api/v1/services","status":502,"retry_after":3,"times":3}"""), TestContext.Current.CancellationToken);
        var listed = await api.Http.GetStringAsync("/__admin/wispgate/faults", TestContext.Current.CancellationToken);
        var faulted = await api.GetAsync("/api/v1/services");
        using var cleared = await api.Http.DeleteAsync("/__admin/wispgate/faults", TestContext.Current.CancellationToken);
        var healed = await api.GetAsync("/api/v1/services");

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        JsonDocument.Parse(listed).RootElement.GetProperty("data")[0].GetProperty("times").GetInt32().Should().Be(3);
        faulted.Code.Should().Be(502);
        faulted.Header("Retry-After").Should().Be("3");
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
        healed.Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"path":"/api/v1/services","status":500}""")]
    [InlineData("""{"method":"GET","path":"api/v1/services","status":500}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services"}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","status":200}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","status":500,"drop_before":true}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","drop_before":true,"drop_after_commit":true}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","status":500,"times":0}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","status":500,"retryAfter":3}""")]
    [InlineData("""{"method":"GET","path":"/api/v1/services","status":"500"}""")]
    public async Task An_inconsistent_fault_is_refused_with_a_reason(string body)
    {
        await using var server = await MockServers.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await http.PostAsync("/__admin/wispgate/faults", Json(body), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        JsonDocument.Parse(text).RootElement.GetProperty("error").GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        server.Faults.Pending.Should().BeEmpty();
    }

    [Fact]
    public void An_inconsistent_fault_is_refused_in_process_too()
    {
        var validate = () => FaultInjector.Validate(new FaultRule { Method = "GET", Path = "/x", Status = 503, DropBefore = true });

        validate().Should().Contain("not both");
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
