namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// WireMock's admin endpoints that read or write files in the working directory, and settings changes (which can turn
/// file writes on), are off unless <see cref="WispGateMockServerOptions.AdminFileApi"/> allows them — in every spelling.
/// </summary>
public sealed class AdminFileApiTests
{
    public static TheoryData<string, string, string?> FileCalls => new()
    {
        { "POST", "/__admin/files/planted.json", """{"x":1}""" },
        { "GET", "/__admin/files/planted.json", null },
        { "POST", "/__admin/mappings/save", null },
        { "POST", "/__admin/mappings/reloadStaticMappings", null },
        { "PUT", "/__admin/settings", """{"saveUnmatchedRequests":true}""" },
        { "POST", "/__admin%2Ffiles%2Fplanted.json", """{"x":1}""" },
        { "POST", "/__ADMIN/mappings%252Fsave", null },
    };

    [Theory]
    [MemberData(nameof(FileCalls))]
    public async Task File_endpoints_and_settings_changes_answer_403_by_default(string method, string target, string? body)
    {
        await using var server = await MockServers.StartAsync();
        var before = server.WireMock.Mappings.Count();

        var answer = await RawHttp.SendAsync(server.BaseUrl, method, target, new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body);

        answer.Status.Should().Be(403);
        answer.ErrorCode.Should().Be("admin_file_api_disabled");
        answer.Headers.Should().ContainKey("X-Request-ID");
        server.WireMock.Mappings.Count().Should().Be(before);
    }

    [Fact]
    public async Task Reading_settings_and_the_rest_of_the_admin_api_stay_open_on_loopback_without_a_token()
    {
        await using var server = await MockServers.StartAsync();

        var settings = await RawHttp.SendAsync(server.BaseUrl, "GET", "/__admin/settings");
        var mappings = await RawHttp.SendAsync(server.BaseUrl, "GET", "/__admin/mappings");

        settings.Status.Should().Be(200);
        mappings.Status.Should().Be(200);
    }

    [Fact]
    public async Task Settings_changes_work_when_the_file_api_is_allowed()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminFileApi = true });

        var settings = await RawHttp.SendAsync(server.BaseUrl, "PUT", "/__admin/settings", new Dictionary<string, string> { ["Content-Type"] = "application/json" }, """{"maxRequestLogCount":500}""");

        settings.Status.Should().Be(200, "with AdminFileApi WireMock's own endpoint answers");
        settings.ErrorCode.Should().BeNull();
    }
}
