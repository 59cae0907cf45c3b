using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>
/// Hostile and sloppy input only ever yields documented 4xx envelopes (checked against the contract by the client),
/// never a 500, a hang or a crash — and the server keeps serving afterwards.
/// </summary>
public sealed class BadInputBatteryTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "truncated", "{\"full_name\": \"X\", " },
        { "lone brace", "}" },
        { "missing value", "{\"full_name\":}" },
        { "trailing comma", "{\"full_name\": \"X\", \"status\": \"prospect\",}" },
        { "single quotes", "{'full_name': 'X'}" },
        { "comment", "/* hi */ {\"full_name\": \"X\", \"status\": \"prospect\"}" },
        { "NaN", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": NaN}" },
        { "two documents", "{\"full_name\": \"X\", \"status\": \"prospect\"}{}" },
        { "null document", "null" },
        { "number document", "42" },
        { "whitespace", "   \n\t " },
        { "array of names", "{\"full_name\": [\"X\"], \"status\": \"prospect\"}" },
        { "object name", "{\"full_name\": {\"first\": \"X\"}, \"status\": \"prospect\"}" },
        { "boolean name", "{\"full_name\": true, \"status\": \"prospect\"}" },
        { "number status", "{\"full_name\": \"X\", \"status\": 1}" },
        { "null status", "{\"full_name\": \"X\", \"status\": null}" },
        { "array status", "{\"full_name\": \"X\", \"status\": [\"prospect\"]}" },
        { "upper-case enum", "{\"full_name\": \"X\", \"status\": \"PROSPECT\"}" },
        { "padded enum", "{\"full_name\": \"X\", \"status\": \" prospect\"}" },
        { "string address", "{\"full_name\": \"X\", \"status\": \"prospect\", \"address\": \"101 Fiber Street\"}" },
        { "array address", "{\"full_name\": \"X\", \"status\": \"prospect\", \"address\": []}" },
        { "null address", "{\"full_name\": \"X\", \"status\": \"prospect\", \"address\": null}" },
        { "nested metadata", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": {\"k\": {\"deep\": 1}}}" },
        { "array metadata", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": [1, 2]}" },
        { "every field null", "{\"external_id\": null, \"full_name\": null, \"email\": null, \"phone\": null, \"status\": null, \"billing_profile_id\": null, \"address\": null, \"metadata\": null}" },
        { "huge number", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": {\"n\": 1e400}}" },
        { "long integer", "{\"full_name\": \"X\", \"status\": \"prospect\", \"external_id\": 123456789012345678901234567890}" },
        { "long name", $"{{\"full_name\": \"{new string('x', 5000)}\", \"status\": \"prospect\"}}" },
        { "many metadata keys", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": {" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"k{i}\": \"v\"")) + "}}" },
        { "deep arrays", "{\"full_name\": \"X\", \"status\": \"prospect\", \"extra\": " + new string('[', 1000) + new string(']', 1000) + "}" },
        { "deep objects", "{\"full_name\": \"X\", \"status\": \"prospect\", \"metadata\": " + string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500) + "}" },
        { "deep unterminated", new string('[', 500_000) },
        { "lone surrogate", "{\"full_name\": \"\\ud800\", \"status\": \"prospect\"}" },
        { "reversed surrogates", "{\"full_name\": \"\\udc00\\ud800\", \"status\": \"prospect\"}" },
        { "surrogate key", "{\"\\ud800\": 1, \"full_name\": \"X\", \"status\": \"prospect\"}" },
        { "nul character", "{\"full_name\": \"X\\u0000Y\", \"status\": \"prospect\"}" },
        { "raw control character", "{\"full_name\": \"X\u0001Y\", \"status\": \"prospect\"}" },
        { "emoji and rtl", "{\"full_name\": \"👩🏽‍💻 مرحبا \u200b Z\u0301\", \"status\": \"prospect\", \"metadata\": {\"ключ\": \"值\"}}" },
        { "duplicate keys", "{\"full_name\": \"X\", \"full_name\": \"Y\", \"status\": \"prospect\"}" },
        { "byte order mark", "\uFEFF{\"full_name\": \"X\", \"status\": \"prospect\"}" },
        { "wrong email type", "{\"full_name\": \"X\", \"status\": \"prospect\", \"email\": 5}" },
        { "script in name", "{\"full_name\": \"<script>alert(1)</script>\", \"status\": \"prospect\"}" },
        { "unknown billing profile", "{\"full_name\": \"X\", \"status\": \"prospect\", \"billing_profile_id\": \"'; DROP TABLE subscribers; --\"}" },
    };

    public static TheoryData<string, byte[]> RawBodies() => new()
    {
        { "invalid utf-8", [0x7B, 0x22, 0x66, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D] },
        { "overlong utf-8", [0x7B, 0x22, 0x66, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D] },
        { "utf-16", Encoding.Unicode.GetBytes("{\"full_name\": \"X\", \"status\": \"prospect\"}") },
        { "binary", Enumerable.Range(0, 512).Select(i => (byte)(i * 7)).ToArray() },
        { "five mebibytes", Encoding.UTF8.GetBytes("{\"full_name\": \"" + new string('x', 5 * 1024 * 1024) + "\", \"status\": \"prospect\"}") },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_bad_create_body_is_a_documented_4xx_or_a_valid_create(string name, string body)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var create = await api.PostAsync("/api/v1/subscribers", body);
        var patch = await api.PatchAsync("/api/v1/subscribers/sub_000178", body);

        create.Code.Should().BeLessThan(500, name);
        patch.Code.Should().BeLessThan(500, name);
        await StillServes(api);
    }

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task A_bad_raw_body_is_a_documented_4xx(string name, byte[] body)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.Code.Should().BeInRange(400, 499, name);
        await StillServes(api);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json-patch+json")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("garbage")]
    public async Task A_wrong_content_type_is_415(string? contentType)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var content = new ByteArrayContent("{\"full_name\": \"X\", \"status\": \"prospect\"}"u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.Code.Should().Be(415);
        await StillServes(api);
    }

    [Theory]
    [InlineData("/api/v1/subscribers?limit=-1")]
    [InlineData("/api/v1/subscribers?limit=1e3")]
    [InlineData("/api/v1/subscribers?limit=99999999999999999999")]
    [InlineData("/api/v1/subscribers?limit=")]
    [InlineData("/api/v1/subscribers?limit=5&limit=6")]
    [InlineData("/api/v1/subscribers?cursor=%00")]
    [InlineData("/api/v1/subscribers?cursor=%F0%9F%92%A9")]
    [InlineData("/api/v1/subscribers?status=")]
    [InlineData("/api/v1/subscribers?status=,,,")]
    [InlineData("/api/v1/subscribers?created_after=2026-13-45T99:00:00Z")]
    [InlineData("/api/v1/subscribers?q=%ud800")]
    [InlineData("/api/v1/subscribers?%zz=1")]
    [InlineData("/api/v1/subscribers/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/subscribers/%F0%9F%92%A9")]
    [InlineData("/api/v1/subscribers/sub_000178/contacts/%20")]
    [InlineData("/api/v1//subscribers")]
    [InlineData("/api/v1/subscribers/sub_000178/")]
    [InlineData("/API/V1/SUBSCRIBERS")]
    public async Task A_bad_query_or_path_is_a_documented_4xx_or_an_answer(string path)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync(path);

        response.Code.Should().BeLessThan(500, path);
        await StillServes(api);
    }

    [Fact]
    public async Task A_nul_in_the_path_is_refused_by_the_http_server_itself_and_the_server_keeps_serving()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        // Kestrel rejects the request line before any application code runs: a bare 400, no envelope.
        using var response = await api.Http.GetAsync("/api/v1/subscribers/%00", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await StillServes(api);
    }

    [Fact]
    public async Task A_very_long_query_is_a_documented_4xx()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?q=" + new string('a', 4000));

        response.ErrorCode.Should().Be("invalid_parameter");
        await StillServes(api);
    }

    [Theory]
    [InlineData("Authorization", "Bearer", 401, "unauthorized")]
    [InlineData("Authorization", "Basic d2drX3Rlc3RfZGVtbzo=", 401, "unauthorized")]
    [InlineData("Authorization", "Bearer wgk_test_demo extra", 401, "unauthorized")]
    [InlineData("X-Tenant-ID", "tenant_demo_001, tenant_demo_002", 403, "tenant_forbidden")]
    [InlineData("X-Tenant-ID", "../tenant", 403, "tenant_forbidden")]
    [InlineData("X-Idempotency-Key", " ", 400, "invalid_parameter")]
    [InlineData("X-Tenant-ID", "%00", 403, "tenant_forbidden")]
    [InlineData("X-Request-ID", "<script>", 400, "invalid_parameter")]
    public async Task A_bad_header_gets_its_documented_answer(string name, string value, int status, string? errorCode)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", new { full_name = "Header Test", status = "prospect" }, Keys.Header(name, value));

        response.Code.Should().Be(status, $"{name}: {value} ({response.Body})");
        response.ErrorCode.Should().Be(errorCode);
        await StillServes(api);
    }

    private static async Task StillServes(ApiClient api)
    {
        (await api.GetAsync("/health")).Status.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/subscribers/sub_000179")).Status.Should().Be(HttpStatusCode.OK);
    }
}
