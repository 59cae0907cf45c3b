namespace WISPGate.MockServer.Tests.Docs;

/// <summary>The reference pages served over HTTP, with no token.</summary>
public sealed class DocsRoutesTests
{
    [Fact]
    public async Task The_landing_page_is_served_as_html_without_a_token()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        using var response = await api.Http.GetAsync("/docs", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Featured endpoints");
    }

    [Fact]
    public async Task Every_operation_page_is_served()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);
        var document = await api.GetAsync("/api/v1/openapi.json");
        var operationIds = document.Json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == System.Text.Json.JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .ToList();

        operationIds.Should().HaveCountGreaterThan(80);
        foreach (var operationId in operationIds)
        {
            using var page = await api.Http.GetAsync($"/docs/operations/{operationId}", TestContext.Current.CancellationToken);
            page.StatusCode.Should().Be(HttpStatusCode.OK, operationId);
        }
    }

    [Fact]
    public async Task An_unknown_operation_page_is_a_404_envelope()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);

        var response = await api.GetAsync("/docs/operations/noSuchOperation");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.Json.GetProperty("error").GetProperty("code").GetString().Should().Be("not_found");
    }
}
