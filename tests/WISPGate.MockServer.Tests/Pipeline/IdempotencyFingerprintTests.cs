using System.Globalization;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// What makes "the same request" under one idempotency key: method, path, query and body. Anything else is 422
/// <c>idempotency_key_reused</c>; a replay repeats the operation's own answer (status, body, <c>Location</c>) while the
/// rate-limit headers stay those of the request being answered.
/// </summary>
public sealed class IdempotencyFingerprintTests
{
    private static readonly object NewSubscriber = new { full_name = "Fingerprint", status = "prospect" };

    [Fact]
    public async Task The_same_key_on_another_path_is_422_idempotency_key_reused()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("fp-path"));
        var other = await api.PostAsync("/api/v1/tickets", new { subject = "Fingerprint", description = "Same key, other path.", subscriber_id = "sub_000178" }, Keys.Idempotency("fp-path"));

        other.Code.Should().Be(422);
        other.ErrorCode.Should().Be("idempotency_key_reused");
    }

    [Fact]
    public async Task The_same_key_with_another_query_string_is_422_idempotency_key_reused()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PostAsync("/api/v1/subscribers?source=a", NewSubscriber, Keys.Idempotency("fp-query"));
        var same = await api.PostAsync("/api/v1/subscribers?source=a", NewSubscriber, Keys.Idempotency("fp-query"));
        var other = await api.PostAsync("/api/v1/subscribers?source=b", NewSubscriber, Keys.Idempotency("fp-query"));

        first.Code.Should().Be(201);
        same.Header("X-Idempotent-Replayed").Should().Be("true");
        other.ErrorCode.Should().Be("idempotency_key_reused");
    }

    [Fact]
    public async Task A_POST_without_a_body_is_replayed_under_its_key()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var keyId = (await api.PostAsync("/api/v1/api-keys", new { name = "revoked once", scopes = new[] { "read" } })).DataString("id");

        var first = await api.SendAsync(HttpMethod.Post, $"/api/v1/api-keys/{keyId}/revoke", null, Keys.Idempotency("fp-empty"));
        var again = await api.SendAsync(HttpMethod.Post, $"/api/v1/api-keys/{keyId}/revoke", null, Keys.Idempotency("fp-empty"));

        first.Status.Should().Be(HttpStatusCode.OK);
        again.Status.Should().Be(HttpStatusCode.OK, "the revoke is replayed, not run again into a 409");
        again.Header("X-Idempotent-Replayed").Should().Be("true");
        again.Body.Should().Be(first.Body);
    }

    [Fact]
    public async Task A_different_body_on_an_operation_that_takes_none_is_still_a_different_request()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var keyId = (await api.PostAsync("/api/v1/api-keys", new { name = "revoked once", scopes = new[] { "read" } })).DataString("id");

        var first = await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { note = "a" }, Keys.Idempotency("fp-ignored-body"));
        var same = await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { note = "a" }, Keys.Idempotency("fp-ignored-body"));
        var other = await api.PostAsync($"/api/v1/api-keys/{keyId}/revoke", new { note = "b" }, Keys.Idempotency("fp-ignored-body"));

        first.Status.Should().Be(HttpStatusCode.OK);
        same.Header("X-Idempotent-Replayed").Should().Be("true");
        other.ErrorCode.Should().Be("idempotency_key_reused", "the bytes sent differ, even if the operation ignores them");
    }

    [Fact]
    public async Task A_replay_repeats_the_location_but_counts_itself_against_the_rate_limit()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("fp-headers"));
        var replay = await api.PostAsync("/api/v1/subscribers", NewSubscriber, Keys.Idempotency("fp-headers"));

        replay.Header("Location").Should().Be(first.Header("Location")).And.StartWith("/api/v1/subscribers/");
        replay.Header("X-Request-ID").Should().Be(first.Header("X-Request-ID"));
        var firstRemaining = int.Parse(first.Header("RateLimit-Remaining")!, CultureInfo.InvariantCulture);
        replay.Header("RateLimit-Remaining").Should().Be((firstRemaining - 1).ToString(CultureInfo.InvariantCulture));
        first.Header("X-Idempotent-Replayed").Should().BeNull();
    }
}
