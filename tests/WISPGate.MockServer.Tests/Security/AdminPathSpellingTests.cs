namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// With <c>--admin-token</c>, no spelling of an admin path reaches the admin API without the token: encoded slashes,
/// underscores and letters (once, twice), backslashes, dot segments (plain and encoded), doubled slashes, other case —
/// and their combinations. WireMock decodes a path once more than Kestrel, so each of these would route to the admin
/// API if the guard looked at the path as Kestrel sees it.
/// </summary>
public sealed class AdminPathSpellingTests
{
    private const string AdminToken = "s3cret-admin";

    public static TheoryData<string, string, string?> AdminCalls => new()
    {
        { "GET", "mappings", null },
        { "GET", "requests", null },
        { "POST", "mappings", """{"request":{"path":"/api/v1/subscribers","methods":["GET"]},"response":{"status":200,"body":"hijacked"},"priority":1}""" },
        { "POST", "wispgate/reset", null },
        { "POST", "wispgate/clock/advance", """{"days":30}""" },
        { "PUT", "settings", """{"maxRequestLogCount":1000000}""" },
    };

    [Theory]
    [MemberData(nameof(AdminCalls))]
    public async Task Every_spelling_of_an_admin_path_needs_the_admin_token(string method, string rest, string? body)
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });
        using var api = new ApiClient(server);
        var created = await api.PostAsync("/api/v1/subscribers", new { full_name = "Before The Probe", status = "prospect" });
        var mappingsBefore = server.WireMock.Mappings.Count();
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };

        var leaks = new List<string>();
        foreach (var target in Spellings(rest))
        {
            var answer = await RawHttp.SendAsync(server.BaseUrl, method, target, headers, body);
            if (answer.Status != 401 || answer.ErrorCode != "unauthorized" || !answer.Headers.ContainsKey("X-Request-ID"))
            {
                leaks.Add($"{method} {target} → {answer.Status} {answer.Body[..Math.Min(120, answer.Body.Length)]}");
            }
        }

        leaks.Should().BeEmpty("no spelling of /__admin/{0} may pass without the admin token", rest);
        server.Clock.Offset.Should().Be(TimeSpan.Zero, "the clock was not moved");
        server.WireMock.Mappings.Count().Should().Be(mappingsBefore, "no mapping was added");
        (await api.GetAsync("/api/v1/subscribers/" + created.Data.GetProperty("id").GetString())).Status.Should().Be(HttpStatusCode.OK, "the data was not reset");
    }

    [Theory]
    [InlineData("/__admin%2Fmappings")]
    [InlineData("/__admin%252Fmappings")]
    [InlineData("/%255F%255Fadmin/mappings")]
    [InlineData("/__%2561dmin/mappings")]
    [InlineData("/x/%252e%252e/__admin/mappings")]
    public async Task The_same_spellings_reach_the_admin_api_with_the_token(string target)
    {
        // The control: these spellings really route to WireMock's admin API, so the 401s above are the guard's doing.
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });

        var answer = await RawHttp.SendAsync(server.BaseUrl, "GET", target, new Dictionary<string, string> { ["Authorization"] = "Bearer " + AdminToken });

        answer.Status.Should().Be(200);
        JsonDocument.Parse(answer.Body).RootElement.ValueKind.Should().Be(JsonValueKind.Array, "WireMock's mapping list answered");
    }

    [Theory]
    [InlineData("/api/v1/subscribers/sub_000178%252Fbalance")]
    [InlineData("/api/v1/subscribers/sub_000178%2Fbalance")]
    [InlineData("/api/v1/subscribers%2Fsub_000178%2Fbalance")]
    [InlineData("/api/v1/subscribers/sub_000178%25252Fbalance")]
    public async Task Api_paths_are_decoded_once_so_an_encoded_slash_is_not_a_separator(string target)
    {
        await using var server = await MockServers.StartAsync();

        var answer = await RawHttp.SendAsync(server.BaseUrl, "GET", target, new Dictionary<string, string> { ["Authorization"] = "Bearer wgk_test_demo" });

        answer.Status.Should().Be(404);
        answer.ErrorCode.Should().Be("not_found");
        answer.Body.Should().NotContain("\"balance\"");
    }

    [Theory]
    [InlineData("/api/v1/subscribers/sub%5F000178/balance")]
    [InlineData("/api/v1/%73ubscribers/sub_000178/balance")]
    public async Task Api_paths_with_one_layer_of_encoding_still_route(string target)
    {
        await using var server = await MockServers.StartAsync();

        var answer = await RawHttp.SendAsync(server.BaseUrl, "GET", target, new Dictionary<string, string> { ["Authorization"] = "Bearer wgk_test_demo" });

        answer.Status.Should().Be(200);
        JsonDocument.Parse(answer.Body).RootElement.GetProperty("data").GetProperty("subscriber_id").GetString().Should().Be("sub_000178");
    }

    // Every combination of: a prefix that dot-segments away, encoded underscores, an encoded 'a', upper case, and the
    // spelling of the separators after "__admin".
    private static IEnumerable<string> Spellings(string rest)
    {
        string[] prefixes = ["", "/x/..", "/x/%2e%2e", "/x/%252e%252e", "/", "/./x/%2E%2E"];
        string[] underscores = ["_", "%5F", "%255F"];
        string[] letterA = ["a", "%2561"];
        string[] cases = ["lower", "upper"];
        string[] separators = ["/", "%2F", "%252F", "%5C", "%25252f"];
        foreach (var prefix in prefixes)
        {
            foreach (var underscore in underscores)
            {
                foreach (var a in letterA)
                {
                    foreach (var letterCase in cases)
                    {
                        foreach (var separator in separators)
                        {
                            var admin = letterCase == "upper" ? "ADMIN".Replace("A", a == "a" ? "A" : a, StringComparison.Ordinal) : "admin".Replace("a", a, StringComparison.Ordinal);
                            yield return $"{prefix}/{underscore}{underscore}{admin}{separator}{rest.Replace("/", separator, StringComparison.Ordinal)}";
                        }
                    }
                }
            }
        }
    }
}
