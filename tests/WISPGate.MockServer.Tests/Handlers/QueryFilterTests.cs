namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// List filters read the query as the contract writes it: a list filter takes comma-separated or repeated values
/// (the same set either way, blanks ignored), and <c>q</c> searches case-insensitively in the fields it names.
/// </summary>
public sealed class QueryFilterTests
{
    [Fact]
    public async Task Comma_separated_and_repeated_values_select_the_same_set()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var all = await api.GetAsync("/api/v1/subscribers?limit=100");
        var commas = await api.GetAsync("/api/v1/subscribers?status=active,suspended&limit=100");
        var repeated = await api.GetAsync("/api/v1/subscribers?status=active&status=suspended&limit=100");
        var spaced = await api.GetAsync("/api/v1/subscribers?status=active,%20suspended&limit=100");

        var expected = all.Data.EnumerateArray()
            .Where(s => s.GetProperty("status").GetString() is "active" or "suspended")
            .Select(s => s.GetProperty("id").GetString())
            .ToList();
        expected.Should().NotBeEmpty().And.HaveCountLessThan(all.Ids.Count, "the demo seed has subscribers in other states too");
        commas.Ids.Should().Equal(expected);
        repeated.Ids.Should().Equal(expected);
        spaced.Ids.Should().Equal(expected);
    }

    [Theory]
    [InlineData("GARCIA", "sub_000178")]
    [InlineData("maria.garcia@EXAMPLE", "sub_000178")]
    [InlineData("crm-10001", "sub_000178")]
    public async Task Q_finds_its_text_in_any_searched_field_whatever_the_case(string q, string id)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync($"/api/v1/subscribers?q={Uri.EscapeDataString(q)}");

        response.Ids.Should().Equal(id);
    }

    [Fact]
    public async Task Q_that_matches_nothing_is_an_empty_page()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?q=no-such-text-anywhere");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Ids.Should().BeEmpty();
        response.Meta.GetProperty("pagination").GetProperty("has_more").GetBoolean().Should().BeFalse();
    }
}
