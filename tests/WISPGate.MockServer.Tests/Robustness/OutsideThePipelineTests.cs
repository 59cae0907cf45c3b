using System.Text;

namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>
/// Answers that used to come from Kestrel or WireMock without the envelope (an empty body, no request id, or a
/// serialized exception) now come with it: 414 for a request target over 8 KiB, 431 for headers over the documented
/// limits (Kestrel's own limits are raised above them), 400 for a body Kestrel cannot read, and an HTTP/1.0 request
/// without Host is served. Each status is one the contract documents for the operation.
/// </summary>
public sealed class OutsideThePipelineTests
{
    [Fact]
    public async Task A_request_target_over_8_KiB_is_414_uri_too_long_with_the_envelope_and_the_clients_request_id()
    {
        await using var server = await MockServers.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subscribers?q=" + new string('a', 9000));
        request.Headers.Add("X-Request-ID", "long-target-1");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var (status, headers, body) = await ReadAsync(response);

        status.Should().Be(414);
        EnvelopeAssertions.ShouldBeErrorEnvelope(status, headers, body, "a long target").Should().Be("uri_too_long");
        headers["X-Request-ID"].Should().Be("long-target-1");
        ContractCheck.Problems("GET", "/api/v1/subscribers", status, body).Should().BeEmpty("414 is documented for listSubscribers");
    }

    [Fact]
    public async Task A_request_target_up_to_8_KiB_reaches_the_pipeline()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?q=" + new string('a', 8000));

        response.Status.Should().Be(HttpStatusCode.BadRequest, "q is over its 200 characters, which the contract checks");
        response.ErrorField.Should().Be("q");
    }

    [Theory]
    [InlineData(1, 40 * 1024)]
    [InlineData(150, 1)]
    public async Task Headers_over_the_documented_limits_are_431_with_the_envelope(int count, int size)
    {
        await using var server = await MockServers.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subscribers");
        request.Headers.Add("Authorization", "Bearer wgk_test_demo");
        for (var i = 0; i < count; i++)
        {
            request.Headers.Add($"X-Extra-{i}", new string('v', size));
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var (status, headers, body) = await ReadAsync(response);

        status.Should().Be(431);
        EnvelopeAssertions.ShouldBeErrorEnvelope(status, headers, body, "large headers").Should().Be("request_header_fields_too_large");
        ContractCheck.Problems("GET", "/api/v1/subscribers", status, body).Should().BeEmpty("431 is documented for listSubscribers");
    }

    [Fact]
    public async Task A_body_with_broken_chunked_framing_is_400_with_the_envelope_not_a_serialized_exception()
    {
        await using var server = await MockServers.StartAsync();

        var (status, headers, body) = await RawHttp.SendBytesAsync(server.BaseUrl, Encoding.ASCII.GetBytes(
            "POST /api/v1/subscribers HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer wgk_test_demo\r\n" +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n"));

        status.Should().Be(400);
        EnvelopeAssertions.ShouldBeErrorEnvelope(status, headers, body, "broken chunks").Should().Be("malformed_json");
        body.Should().NotContain("StackTrace");
    }

    [Fact]
    public async Task An_http_1_0_request_without_host_is_served_instead_of_failing()
    {
        await using var server = await MockServers.StartAsync();

        var (status, headers, body) = await RawHttp.SendBytesAsync(server.BaseUrl, Encoding.ASCII.GetBytes(
            "GET /api/v1/subscribers?limit=1 HTTP/1.0\r\nAuthorization: Bearer wgk_test_demo\r\n\r\n"));

        status.Should().Be(200, body);
        headers.Should().ContainKey("X-Request-ID");
        ContractCheck.Problems("GET", "/api/v1/subscribers", status, body).Should().BeEmpty();
    }

    [Theory]
    [InlineData("POST", "/api/v1/invoices/inv_000001/void")]
    [InlineData("DELETE", "/api/v1/webhook-endpoints/whe_000001")]
    public async Task A_body_sent_to_an_operation_that_takes_none_is_answered_with_a_documented_415(string method, string path)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(new HttpMethod(method), path, new StringContent("x", Encoding.UTF8, "text/plain"));

        response.Status.Should().Be(HttpStatusCode.UnsupportedMediaType, "ApiClient has checked that the contract documents it");
    }

    [Fact]
    public async Task A_reference_page_with_an_over_long_id_answers_a_documented_400()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var response = await api.GetAsync("/docs/operations/" + new string('a', 300));

        response.Status.Should().Be(HttpStatusCode.BadRequest, "ApiClient has checked that the contract documents it");
        response.ErrorField.Should().Be("operation_id");
    }

    private static async Task<(int Status, IReadOnlyDictionary<string, string> Headers, string Body)> ReadAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return ((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
