namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>
/// Path ids are decoded exactly once, from the path as sent: WireMock's own path is decoded a second time, so
/// <c>/api/v1/services/%252F</c> used to become <c>/api/v1/services//</c> and answered the list (a 200 with an array where
/// the contract promises one service).
/// </summary>
public sealed class PathEncodingTests
{
    [Theory]
    [InlineData("/api/v1/services/%252F")]
    [InlineData("/api/v1/invoices/%252F")]
    [InlineData("/api/v1/subscribers//contacts")]
    [InlineData("/api/v1/subscribers/sub%2F000178")]
    [InlineData("/api/v1/subscribers/sub_000178%2Fcontacts")]
    public async Task An_encoded_id_is_404_never_another_operation(string path)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync(path);

        response.Status.Should().Be(HttpStatusCode.NotFound, response.Body);
        response.ErrorCode.Should().Be("not_found");
    }

    [Fact]
    public async Task A_plus_in_an_id_stays_a_plus()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers/sub+000178");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.Error.GetProperty("message").GetString().Should().Contain("sub+000178", "the id is the one sent, not 'sub 000178'");
    }

    [Fact]
    public async Task Encoded_ordinary_characters_and_a_trailing_slash_still_route()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/subscribers/sub%5F000178")).DataString("id").Should().Be("sub_000178");
        (await api.GetAsync("/api/v1/subscribers/")).Status.Should().Be(HttpStatusCode.OK);
    }
}
