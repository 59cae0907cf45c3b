namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// The edges of <c>X-Idempotency-Key</c>: its length limits (the contract's <c>minLength</c>/<c>maxLength</c>, checked
/// with the other parameters before the key is looked at), methods other than POST, a POST answered 200, and the message
/// of a reused key.
/// </summary>
public sealed class IdempotencyEdgeTests
{
    private static readonly object NewSubscriber = new { full_name = "Edge Case", status = "prospect", external_id = "idem-edge-1" };

    [Fact]
    public async Task A_key_of_255_characters_is_accepted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var key = new string('k', 255);

        var first = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency(key));
        var replay = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency(key));

        first.Status.Should().Be(HttpStatusCode.Created);
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
    }

    [Fact]
    public async Task An_empty_key_is_400_invalid_parameter_and_nothing_runs()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency(""));

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be("X-Idempotency-Key");
        (await api.GetAsync("/api/v1/subscribers?external_id=idem-edge-1")).Ids.Should().BeEmpty("the refused create was never run");
    }

    [Fact]
    public async Task A_key_on_a_PATCH_is_ignored_each_request_runs()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PatchAsync("/api/v1/subscribers/sub_000178", new { full_name = "First Name" }, Keys.Idempotency("k-patch"));
        var second = await api.PatchAsync("/api/v1/subscribers/sub_000178", new { full_name = "Second Name" }, Keys.Idempotency("k-patch"));

        first.Status.Should().Be(HttpStatusCode.OK);
        second.Status.Should().Be(HttpStatusCode.OK, "keys only apply to POST: another body under the same key is no reuse");
        second.Header("X-Idempotent-Replayed").Should().BeNull();
        second.DataString("full_name").Should().Be("Second Name");
    }

    [Fact]
    public async Task A_POST_answered_200_is_stored_and_replayed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PostAsync("/api/v1/subscribers/sub_000181/activate", null, Keys.Idempotency("k-activate"));
        var replay = await api.PostAsync("/api/v1/subscribers/sub_000181/activate", null, Keys.Idempotency("k-activate"));

        first.Status.Should().Be(HttpStatusCode.OK);
        first.Header("X-Idempotent-Replayed").Should().BeNull();
        replay.Status.Should().Be(HttpStatusCode.OK);
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        replay.Body.Should().Be(first.Body);
    }

    [Fact]
    public async Task A_reused_key_says_so_in_its_message_and_names_the_header()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("k-msg"));

        var reused = await api.PostAsync("/api/v1/subscribers", new { full_name = "Another", status = "prospect" }, Keys.Idempotency("k-msg"));

        reused.ErrorField.Should().Be("X-Idempotency-Key");
        reused.Error.GetProperty("message").GetString().Should().Be("This idempotency key was already used with a different request.");
    }
}
