using System.Text;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// A body is read strictly before any schema sees it: a repeated property name, or a lone surrogate escape at any depth
/// (a value of a nested object, an item of an array), is 400 <c>malformed_json</c> saying which — never a 500 from a
/// handler that later tries to read the string, never a last-one-wins guess.
/// </summary>
public sealed class StrictJsonTests
{
    private const string Prefix = "The request body is not valid JSON: ";

    [Fact]
    public async Task A_repeated_property_name_is_400_malformed_json_naming_it()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", """{"full_name": "X", "full_name": "Y", "status": "prospect"}""");

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().StartWith(Prefix).And.Contain("'full_name'");
    }

    [Theory]
    [InlineData("""{"full_name": "X", "status": "prospect", "metadata": {"k": "\ud800"}}""")]
    [InlineData("""{"full_name": "X", "status": "prospect", "tags": ["ok", "\udc00"]}""")]
    [InlineData("""{"full_name": "X", "status": "prospect", "extra": {"deeper": [{"deepest": ["\ud800"]}]}}""")]
    public async Task A_lone_surrogate_at_any_depth_is_400_malformed_json(string json)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/subscribers", new StringContent(json, Encoding.UTF8, "application/json"));

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("malformed_json");
        response.Error.GetProperty("message").GetString().Should().Be(Prefix + "a string is not valid UTF-8 or contains an invalid Unicode escape.");
    }

    [Fact]
    public async Task Valid_escapes_and_surrogate_pairs_at_any_depth_are_read()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/subscribers", """{"full_name": "Z\u00fc\ud83d\ude00", "status": "prospect", "metadata": {"k": "\ud83d\ude00"}}""");

        response.Code.Should().Be(201);
        response.DataString("full_name").Should().Be("Zü😀");
        response.Data.GetProperty("metadata").GetProperty("k").GetString().Should().Be("😀");
    }
}
