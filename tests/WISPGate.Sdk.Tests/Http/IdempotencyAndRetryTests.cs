using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

public sealed class IdempotencyAndRetryTests
{
    private const string SubscribersPath = "/api/v1/subscribers";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CreateSubscriberRequest s_jane = new()
    {
        ExternalId = "crm-23991",
        FullName = "Jane Doe",
        Status = SubscriberStatus.Prospect,
        BillingProfileId = "bp_001",
    };

    [Fact]
    public async Task A_POST_retried_after_a_dropped_connection_carries_the_same_idempotency_key()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));
        harness.Faults.DropNext(SubscribersPath);

        var created = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var dropped = harness.Faults.Dropped.Should().ContainSingle().Subject;
        var answered = harness.Requests.Should().ContainSingle().Subject;
        var key = dropped.Header("X-Idempotency-Key");
        key.Should().NotBeNullOrEmpty();
        answered.Headers!["X-Idempotency-Key"].Should().Equal(key);
        created.IdempotencyKey.Should().Be(key);
        created.Attempts.Should().Be(2);
        created.Data.Id.Should().Be("sub_000184");
    }

    [Fact]
    public async Task A_POST_retried_after_a_503_carries_the_same_key_and_the_same_body_bytes()
    {
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscribersPath).UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."), requestId: "req_first"),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber, requestId: "req_second"), requestId: "req_second"));

        var created = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var requests = harness.Requests;
        requests.Should().HaveCount(2);
        var keys = requests.Select(request => request.Headers!["X-Idempotency-Key"].Single()).ToList();
        keys.Distinct().Should().ContainSingle();
        requests[1].Body.Should().Be(requests[0].Body);
        created.IdempotencyKey.Should().Be(keys[0]);
        created.RequestId.Should().Be("req_second");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Each_logical_POST_gets_its_own_automatic_key()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));

        var first = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);
        var second = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        first.IdempotencyKey.Should().NotBe(second.IdempotencyKey);
        harness.Requests.Select(request => request.Headers!["X-Idempotency-Key"].Single())
            .Should().Equal(first.IdempotencyKey, second.IdempotencyKey);
    }

    [Fact]
    public async Task The_callers_own_idempotency_key_is_sent_and_reported()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)).WithHeader("X-Idempotent-Replayed", "true"));

        var created = await harness.Client.Subscribers.CreateAsync(
            s_jane, new RequestOptions { IdempotencyKey = "4b71d8f2-sample-key" }, Ct);

        harness.Requests.Single().Headers!["X-Idempotency-Key"].Should().Equal("4b71d8f2-sample-key");
        created.IdempotencyKey.Should().Be("4b71d8f2-sample-key");
        created.IdempotentReplayed.Should().BeTrue();
    }

    [Fact]
    public async Task A_POST_without_a_key_is_not_retried()
    {
        using var harness = SdkHarness.Start(options => options.AutomaticIdempotencyKeys = false);
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")));

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateServerException>()).Which;
        harness.Requests.Should().ContainSingle().Which.Headers!.Should().NotContainKey("X-Idempotency-Key");
        failure.Attempts.Should().Be(1);
        failure.IdempotencyKey.Should().BeNull();
    }

    [Fact]
    public async Task A_POST_whose_connection_dropped_without_a_key_is_not_retried()
    {
        using var harness = SdkHarness.Start(options => options.AutomaticIdempotencyKeys = false);
        harness.Faults.DropNext(SubscribersPath);

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.InnerException.Should().BeOfType<HttpRequestException>();
        failure.Message.Should().Contain("POST /api/v1/subscribers").And.Contain("connection failed");
        harness.Arrivals.Should().ContainSingle();
    }

    [Fact]
    public async Task With_automatic_keys_off_a_POST_with_the_callers_key_is_still_retried()
    {
        using var harness = SdkHarness.Start(options => options.AutomaticIdempotencyKeys = false);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscribersPath).UsingPost(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));

        var created = await harness.Client.Subscribers.CreateAsync(s_jane, new RequestOptions { IdempotencyKey = "order-77" }, Ct);

        harness.Requests.Should().HaveCount(2)
            .And.OnlyContain(request => request.Headers!["X-Idempotency-Key"].Single() == "order-77");
        created.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_GET_carries_no_idempotency_key_and_is_retried_until_the_retries_run_out()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 2);
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(503, Json.Error("service_unavailable", "Maintenance window.", requestId: "req_last")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateServerException>()).Which;
        harness.Requests.Should().HaveCount(3).And.OnlyContain(request => !request.Headers!.ContainsKey("X-Idempotency-Key"));
        failure.Attempts.Should().Be(3);
        failure.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        failure.Message.Should().Contain("Maintenance window.").And.Contain("after 3 attempts").And.Contain("req_last");
    }

    [Fact]
    public async Task A_POST_whose_key_is_still_in_use_is_sent_again_after_Retry_After_and_gets_the_replay()
    {
        // An attempt timed out while the server kept working on it: the retry meets 409 idempotency_key_in_use with
        // Retry-After, and the next one gets the first request's answer replayed.
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscribersPath).UsingPost(),
            Stubs.JsonResponse(409, Json.Error("idempotency_key_in_use", "Still being processed."), requestId: "req_first").WithHeader("Retry-After", "0"),
            Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber, requestId: "req_second"), requestId: "req_second").WithHeader("X-Idempotent-Replayed", "true"));

        var created = await harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var requests = harness.Requests;
        requests.Should().HaveCount(2);
        requests.Select(request => request.Headers!["X-Idempotency-Key"].Single()).Distinct().Should().ContainSingle();
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Attempts.Should().Be(2);
        created.Data.Id.Should().Be("sub_000184");
    }

    [Fact]
    public async Task A_conflict_without_Retry_After_is_not_retried()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(SubscribersPath).UsingPost())
            .RespondWith(Stubs.JsonResponse(409, Json.Error("duplicate_subscriber", "Exists.")));

        var call = () => harness.Client.Subscribers.CreateAsync(s_jane, cancellationToken: Ct);

        var conflict = (await call.Should().ThrowAsync<WispGateConflictException>()).Which;
        conflict.Attempts.Should().Be(1);
        conflict.Code.Should().Be("duplicate_subscriber");
        harness.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        using var harness = SdkHarness.Start();
        harness.Server.FirstThen(
            Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet(),
            Stubs.JsonResponse(status, Json.Error("transient", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        var subscriber = await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        subscriber.Attempts.Should().Be(2);
        harness.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task Client_errors_are_not_retried(int status)
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(status, Json.Error("nope", "No.")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        (await call.Should().ThrowAsync<WispGateApiException>()).Which.Attempts.Should().Be(1);
        harness.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task PATCH_and_DELETE_are_retried_without_a_key()
    {
        using var harness = SdkHarness.Start(options => options.AutomaticIdempotencyKeys = false);
        harness.Server.FirstThen(
            Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingPatch(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));
        harness.Server.FirstThen(
            Request.Create().WithPath($"{SubscribersPath}/sub_1").UsingDelete(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again.")),
            Response.Create().WithStatusCode(204));

        var updated = await harness.Client.Subscribers.UpdateAsync("sub_1", new UpdateSubscriberRequest { Email = "j@example.com" }, cancellationToken: Ct);
        var deleted = await harness.Client.Subscribers.DeleteAsync("sub_1", cancellationToken: Ct);

        updated.Attempts.Should().Be(2);
        deleted.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried_and_a_call_that_keeps_timing_out_fails_clearly()
    {
        // Real time: each attempt has 3 s to reach the server (which never answers) before it times out — far above
        // a loopback round trip even on a busy machine. (A fake-clock version hung in full parallel runs; see the
        // integration test of the same behaviour, which moves the SDK's clock.)
        using var harness = SdkHarness.Start(options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(3);
            options.MaxRetries = 1;
        });
        harness.Faults.Hang($"{SubscribersPath}/sub_1");

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.InnerException.Should().BeOfType<Polly.Timeout.TimeoutRejectedException>();
        failure.Attempts.Should().Be(2);
        failure.Message.Should().Contain("timed out");
        harness.Arrivals.Should().HaveCount(2);
        harness.SdkLogs.Where(record => record.Id.Name == "AttemptCancelled").Select(record => record.GetStructuredStateValue("Attempt"))
            .Should().Equal("1", "2");
    }
}
