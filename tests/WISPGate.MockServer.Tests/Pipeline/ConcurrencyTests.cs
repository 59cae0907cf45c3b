namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>Business rules and idempotency hold under concurrent requests.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_concurrent_creates_with_one_external_id_make_one_subscriber()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            api.PostAsync("/api/v1/subscribers", new { full_name = $"Racer {i}", status = "prospect", external_id = "race-1" })));

        responses.Count(r => r.Status == HttpStatusCode.Created).Should().Be(1);
        responses.Where(r => r.Status != HttpStatusCode.Created).Should().HaveCount(49)
            .And.OnlyContain(r => r.Status == HttpStatusCode.Conflict && r.ErrorCode == "duplicate_subscriber");
        (await api.GetAsync("/api/v1/subscribers?external_id=race-1")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task Twenty_concurrent_identical_requests_with_one_key_execute_once()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var body = new { full_name = "Once Only", status = "prospect", external_id = "once-1" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            api.PostAsync("/api/v1/subscribers", body, Keys.Idempotency("one-key"))));

        var executed = responses.Where(r => r.Status == HttpStatusCode.Created && r.Header("X-Idempotent-Replayed") is null).ToList();
        executed.Should().ContainSingle("exactly one request ran the operation");
        responses.Except(executed).Should().OnlyContain(r =>
            (r.Status == HttpStatusCode.Created && r.Header("X-Idempotent-Replayed") == "true" && r.Body == executed[0].Body)
            || (r.Status == HttpStatusCode.Conflict && r.ErrorCode == "idempotency_key_in_use"));
        (await api.GetAsync("/api/v1/subscribers?external_id=once-1")).Ids.Should().ContainSingle();
        (await api.GetAsync("/api/v1/events?type=subscriber.created")).Ids.Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_lifecycle_actions_on_one_subscriber_apply_once()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.PostAsync("/api/v1/subscribers/sub_000181/activate")));

        responses.Count(r => r.Status == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.ErrorCode == "invalid_state_transition").Should().Be(19);
        (await api.GetAsync("/api/v1/events?type=subscriber.activated")).Ids.Should().ContainSingle();
    }
}
