namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>X-Idempotency-Key: replay, reuse with another body, key in use, expiry, what is not stored.</summary>
public sealed class IdempotencyTests
{
    private static readonly object NewSubscriber = new { full_name = "Idem Potent", status = "prospect", external_id = "idem-1" };

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_response_exactly()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-1"));
        var replay = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-1"));

        first.Status.Should().Be(HttpStatusCode.Created);
        first.Header("X-Idempotent-Replayed").Should().BeNull();
        replay.Status.Should().Be(HttpStatusCode.Created);
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        replay.Body.Should().Be(first.Body, "the first response is replayed byte for byte");
        replay.Header("X-Request-ID").Should().Be(first.Header("X-Request-ID"));
        replay.Header("Location").Should().Be(first.Header("Location"));
        (await api.GetAsync("/api/v1/subscribers?external_id=idem-1")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422_idempotency_key_reused()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-1"));

        var reused = await api.PostAsync("/api/v1/subscribers", new { full_name = "Someone Else", status = "prospect" }, Keys.Idempotency("k-1"));
        var otherPath = await api.PostAsync("/api/v1/subscribers/sub_000181/activate", null, Keys.Idempotency("k-1"));

        reused.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        reused.ErrorCode.Should().Be("idempotency_key_reused");
        otherPath.ErrorCode.Should().Be("idempotency_key_reused");
    }

    [Fact]
    public async Task Whitespace_does_not_make_a_different_body()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", """{"full_name":"W","status":"prospect"}""", Keys.Idempotency("k-ws"));

        var replay = await api.PostAsync("/api/v1/subscribers", "{ \"full_name\" : \"W\",\n  \"status\" : \"prospect\" }", Keys.Idempotency("k-ws"));

        replay.Header("X-Idempotent-Replayed").Should().Be("true");
    }

    [Fact]
    public async Task A_key_is_scoped_by_tenant()
    {
        await using var server = await MockServers.StartAsync();
        using var partner = new ApiClient(server, server.DemoTokens.Partner);

        var inFirst = await partner.PostAsync("/api/v1/subscribers", NewSubscriber, new Dictionary<string, string> { ["X-Idempotency-Key"] = "shared", ["X-Tenant-ID"] = server.DemoTokens.Tenant });
        var inSecond = await partner.PostAsync("/api/v1/subscribers", NewSubscriber, new Dictionary<string, string> { ["X-Idempotency-Key"] = "shared", ["X-Tenant-ID"] = server.DemoTokens.SecondTenant });

        inFirst.Status.Should().Be(HttpStatusCode.Created);
        inSecond.Status.Should().Be(HttpStatusCode.Created);
        inSecond.Header("X-Idempotent-Replayed").Should().BeNull();
        inSecond.DataString("id").Should().NotBe(inFirst.DataString("id"));
    }

    [Fact]
    public async Task A_key_still_running_is_409_idempotency_key_in_use_and_released_when_the_first_gives_up()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DelayMilliseconds = 120_000 });
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var slowRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/subscribers") { Content = ApiClient.Json(NewSubscriber) };
        slowRequest.Headers.Add("Authorization", "Bearer wgk_test_demo");
        slowRequest.Headers.Add("X-Idempotency-Key", "k-slow");
        var slow = api.Http.SendAsync(slowRequest, giveUp.Token);
        // Wait until the slow request holds its key (the fault is taken a few steps before the key is claimed).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (server.IdempotencyKeysInFlight == 0)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the slow request claims its key within 30 s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var inUse = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-slow"));
        await giveUp.CancelAsync();
        var abandoned = async () => await slow;
        await abandoned.Should().ThrowAsync<OperationCanceledException>();
        var retry = inUse;
        for (var attempt = 0; attempt < 500 && retry.ErrorCode == "idempotency_key_in_use"; attempt++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
            retry = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-slow"));
        }

        inUse.Status.Should().Be(HttpStatusCode.Conflict);
        inUse.ErrorCode.Should().Be("idempotency_key_in_use");
        inUse.Header("Retry-After").Should().Be("1", "this conflict ends by itself, so it says when to send the same request again");
        inUse.Error.GetProperty("message").GetString().Should().Be("A request with this idempotency key is still being processed; retry shortly.");
        inUse.ErrorField.Should().Be("X-Idempotency-Key");
        retry.Status.Should().Be(HttpStatusCode.Created, "the abandoned request did nothing, so its key is free again");
        retry.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task A_key_expires_after_24_hours_by_the_server_clock()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _ = server;
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-old"));

        time.Advance(TimeSpan.FromHours(23));
        var stillKept = await api.PostAsync("/api/v1/subscribers", new { full_name = "Other", status = "prospect" }, Keys.Idempotency("k-old"));
        server.Clock.Advance(TimeSpan.FromHours(1));
        var expired = await api.PostAsync("/api/v1/subscribers", new { full_name = "Other", status = "prospect" }, Keys.Idempotency("k-old"));

        stillKept.ErrorCode.Should().Be("idempotency_key_reused");
        expired.Status.Should().Be(HttpStatusCode.Created);
        expired.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task Business_errors_are_stored_and_replayed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var duplicate = new { full_name = "Dup", status = "prospect", external_id = "crm-10001" };

        var first = await api.PostAsync("/api/v1/subscribers", duplicate, Keys.Idempotency("k-dup"));
        var replay = await api.PostAsync("/api/v1/subscribers", duplicate, Keys.Idempotency("k-dup"));

        first.ErrorCode.Should().Be("duplicate_subscriber");
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        replay.Body.Should().Be(first.Body);
    }

    [Fact]
    public async Task Requests_rejected_before_the_operation_are_not_stored_so_a_retry_runs_again()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var invalid = await api.PostAsync("/api/v1/subscribers", new { full_name = "Fix Me", status = "sleeping" }, Keys.Idempotency("k-fix"));
        var fixedBody = await api.PostAsync("/api/v1/subscribers", new { full_name = "Fix Me", status = "prospect" }, Keys.Idempotency("k-fix"));

        invalid.ErrorCode.Should().Be("validation_error");
        fixedBody.Status.Should().Be(HttpStatusCode.Created);
        fixedBody.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task Injected_faults_are_not_stored_so_a_retry_runs_again()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", Status = 503, RetryAfterSeconds = 1 });

        var failed = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-retry"));
        var retried = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-retry"));

        failed.Code.Should().Be(503);
        retried.Status.Should().Be(HttpStatusCode.Created);
        retried.Header("X-Idempotent-Replayed").Should().BeNull();
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_400_invalid_parameter()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency(new string('k', 256)));

        // The contract's header schema (maxLength 255) answers it, in the validation step: the idempotency step has no check of its own.
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be("X-Idempotency-Key");
    }

    [Fact]
    public async Task The_lost_response_is_recovered_by_retrying_with_the_same_key()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/subscribers", DropAfterCommit = true });

        var lost = () => api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-lost"));
        await lost.Should().ThrowAsync<HttpRequestException>();
        var retry = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-lost"));

        retry.Status.Should().Be(HttpStatusCode.Created);
        retry.Header("X-Idempotent-Replayed").Should().Be("true");
        (await api.GetAsync("/api/v1/subscribers?external_id=idem-1")).Ids.Should().ContainSingle("the change happened once");
    }
}
