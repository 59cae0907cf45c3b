using System.Buffers.Text;
using System.Text;

namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// What a list reads from its query: cursors it did not issue are refused whatever part of them is off, list filters may
/// be repeated or spaced, and the text search ignores case.
/// </summary>
public sealed class QueryAndCursorTests
{
    [Theory]
    [InlineData("c1|listSubscribers|0")]
    [InlineData("c2|listSubscribers|1000")]
    [InlineData("c1|listSubscribers|1000|1")]
    [InlineData("c1|listSubscribers|")]
    [InlineData("c1|listSubscribers|+5")]
    public async Task A_cursor_the_list_did_not_issue_is_400_invalid_cursor(string plain)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(plain));

        var response = await api.GetAsync("/api/v1/subscribers?cursor=" + cursor);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be("invalid_cursor");
        response.ErrorField.Should().Be("cursor");
    }

    [Fact]
    public async Task A_cursor_the_list_issued_continues_after_its_last_item()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var four = await api.GetAsync("/api/v1/subscribers?limit=4");
        var first = await api.GetAsync("/api/v1/subscribers?limit=2");
        var cursor = first.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString()!;

        var next = await api.GetAsync("/api/v1/subscribers?limit=2&cursor=" + Uri.EscapeDataString(cursor));

        first.Ids.Concat(next.Ids).Should().Equal(four.Ids);
    }

    [Theory]
    [InlineData("status=active&status=suspended")]
    [InlineData("status=active,%20suspended")]
    [InlineData("status=suspended,active,active")]
    public async Task A_list_filter_may_be_repeated_or_spaced(string query)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync("/api/v1/subscribers?" + query);

        response.Ids.Should().Equal("sub_000180", "sub_000179", "sub_000178");
    }

    [Fact]
    public async Task The_text_search_ignores_case()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/subscribers?q=ACME")).Ids.Should().Equal("sub_000180");
        (await api.GetAsync("/api/v1/subscribers?q=GaRcIa")).Ids.Should().Equal("sub_000178");
    }
}
