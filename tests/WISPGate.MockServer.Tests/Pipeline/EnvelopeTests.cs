using System.Text;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>Envelope, request ids, and the errors every route shares: 404, 405, 413, 415.</summary>
public sealed class EnvelopeTests
{
    [Fact]
    public async Task A_safe_client_request_id_is_echoed_in_the_header_and_the_meta()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers/sub_000178", Keys.Header("X-Request-ID", "trace-42.a_b:c"));

        response.Header("X-Request-ID").Should().Be("trace-42.a_b:c");
        response.Meta.GetProperty("request_id").GetString().Should().Be("trace-42.a_b:c");
    }

    [Fact]
    public async Task Without_a_client_request_id_one_is_generated()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var first = await api.GetAsync("/api/v1/subscribers/sub_000178");
        var second = await api.GetAsync("/api/v1/subscribers/sub_000178");

        first.Header("X-Request-ID").Should().MatchRegex("^req_[0-9a-f]{16}$");
        second.Header("X-Request-ID").Should().NotBe(first.Header("X-Request-ID"));
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("semi;colon")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task A_malformed_client_request_id_is_400_invalid_parameter_under_a_generated_id(string requestId)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers", Keys.Header("X-Request-ID", requestId));

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be("X-Request-ID");
        response.Header("X-Request-ID").Should().StartWith("req_");
    }

    [Fact]
    public async Task An_unknown_path_is_404_not_found_with_the_envelope()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/unicorns");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be("not_found");
        response.Json.GetProperty("success").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_wrong_method_is_405_with_the_allowed_methods()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Put, "/api/v1/subscribers/sub_000178", ApiClient.Json(new { full_name = "x" }));

        response.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.ErrorCode.Should().Be("method_not_allowed");
        response.Header("Allow")!.Split(',', StringSplitOptions.TrimEntries).Should().Equal("GET", "PATCH", "DELETE");
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413_payload_too_large()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var huge = $$"""{"full_name":"{{new string('a', 1024 * 1024)}}","status":"prospect"}""";

        var response = await api.PostAsync("/api/v1/subscribers", huge);

        response.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCode.Should().Be("payload_too_large");
    }

    [Fact]
    public async Task A_chunked_body_over_one_mebibyte_is_413_too()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var huge = Encoding.UTF8.GetBytes($$"""{"full_name":"{{new string('a', 2 * 1024 * 1024)}}","status":"prospect"}""");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", new ChunkedContent(huge));

        response.ErrorCode.Should().Be("payload_too_large");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_json_is_415_unsupported_media_type(string contentType)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var content = new StringContent("""{"full_name":"X","status":"prospect"}""");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.ErrorCode.Should().Be("unsupported_media_type");
    }

    [Fact]
    public async Task Success_and_error_envelopes_have_exactly_success_data_or_error_and_meta()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var ok = await api.GetAsync("/api/v1/subscribers/sub_000178");
        var list = await api.GetAsync("/api/v1/subscribers");
        var error = await api.GetAsync("/api/v1/subscribers/sub_999999");

        ok.Json.EnumerateObject().Select(p => p.Name).Should().Equal("success", "data", "meta");
        list.Meta.GetProperty("pagination").EnumerateObject().Select(p => p.Name).Should().Equal("limit", "next_cursor", "has_more");
        error.Json.EnumerateObject().Select(p => p.Name).Should().Equal("success", "error", "meta");
    }

    /// <summary>Content sent with Transfer-Encoding: chunked (no Content-Length).</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
