using System.Text;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// The content step's exact answers: the 1 MiB limit at its edge, a missing body, media types and charsets (their case
/// included), a JSON value that is not an object, bad strings, and a JSON body sent to an operation that takes none.
/// </summary>
public sealed class ContentEdgeTests
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public async Task A_body_of_exactly_1_MiB_is_read_and_one_byte_more_is_413()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var atLimit = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", JsonOfLength(OneMebibyte));
        var overLimit = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", JsonOfLength(OneMebibyte + 1));

        atLimit.Code.Should().NotBe(413, "1 MiB is allowed; the body goes on to its schema");
        overLimit.Code.Should().Be(413);
        overLimit.ErrorCode.Should().Be("payload_too_large");
        overLimit.Error.GetProperty("message").GetString().Should().Be("The request body exceeds 1048576 bytes.");
    }

    [Fact]
    public async Task An_operation_that_needs_a_body_answers_an_empty_one_with_400_malformed_json()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content: null);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().Be("This operation needs a JSON request body.");
    }

    [Fact]
    public async Task An_unaccepted_media_type_is_415_naming_the_accepted_one()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", Body(NewSubscriber("ct-1"), "text/plain"));

        response.Code.Should().Be(415);
        response.ErrorCode.Should().Be("unsupported_media_type");
        response.Error.GetProperty("message").GetString().Should().Be("Send the body as application/json (UTF-8).");
    }

    [Theory]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/json;charset=utf-8")]
    public async Task The_media_type_and_charset_are_matched_without_regard_to_case(string contentType)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", Body(NewSubscriber("ct-case"), contentType));

        response.Status.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_charset_other_than_UTF_8_is_415()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", Body(NewSubscriber("ct-latin1"), "application/json; charset=iso-8859-1"));

        response.Code.Should().Be(415);
    }

    [Fact]
    public async Task A_JSON_array_where_the_operation_wants_an_object_is_400_malformed_json()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", Body($"[{NewSubscriber("ct-array")}]", "application/json"));

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().Be("The request body must be a JSON object.");
    }

    [Theory]
    [InlineData("{\"full_name\": \"\\ud800\", \"status\": \"prospect\"}", "a string is not valid UTF-8 or contains an invalid Unicode escape.")]
    [InlineData("{\"\\ud800\": 1, \"full_name\": \"X\", \"status\": \"prospect\"}", "a property name contains an invalid Unicode escape.")]
    public async Task A_lone_surrogate_is_400_malformed_json_saying_where(string json, string problem)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", Body(json, "application/json"));

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().Be("The request body is not valid JSON: " + problem);
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_JSON_is_accepted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(NewSubscriber("ct-bom"))).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", content);

        response.Status.Should().Be(HttpStatusCode.Created);
        response.DataString("external_id").Should().Be("ct-bom");
    }

    private static string NewSubscriber(string externalId) =>
        $"{{\"full_name\": \"Content Edge\", \"status\": \"prospect\", \"external_id\": \"{externalId}\"}}";

    private static StringContent Body(string json, string contentType)
    {
        var content = new StringContent(json);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>A JSON object of exactly <paramref name="length"/> UTF-8 bytes (one long string value).</summary>
    private static ByteArrayContent JsonOfLength(int length)
    {
        const string Head = "{\"full_name\": \"X\", \"status\": \"prospect\", \"notes\": \"";
        const string Tail = "\"}";
        var bytes = Encoding.UTF8.GetBytes(Head + new string('x', length - Head.Length - Tail.Length) + Tail);
        bytes.Length.Should().Be(length);
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }
}
