using WISPGate.MockServer.Tests.Webhooks;

namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// A webhook endpoint can never make the server call an admin API (its own or any other): such URLs are refused at
/// registration (422 <c>unsupported_url</c>) in every spelling, while loopback receivers keep working.
/// </summary>
public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("/__admin/wispgate/reset")]
    [InlineData("/__admin%2Fwispgate%2Freset")]
    [InlineData("/__admin%252Fwispgate%252Freset")]
    [InlineData("/%255F%255Fadmin/wispgate/reset")]
    [InlineData("/x/%252e%252e/__admin/wispgate/reset")]
    [InlineData("/__ADMIN/mappings")]
    [InlineData("/hooks/..%2F..%2F__admin/requests")]
    public async Task A_url_under_an_admin_api_is_refused_in_every_spelling(string path)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var subscribersBefore = (await api.GetAsync("/api/v1/subscribers?limit=100")).Ids.Count;

        var created = await api.PostAsync("/api/v1/webhook-endpoints", new { url = server.BaseUrl + path, events = new[] { "*" } });

        created.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        created.ErrorField.Should().Be("url");
        created.Error.GetProperty("details")[0].GetProperty("code").GetString().Should().Be("unsupported_url");
        (await api.GetAsync("/api/v1/webhook-endpoints")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/subscribers?limit=100")).Ids.Should().HaveCount(subscribersBefore);
    }

    [Fact]
    public async Task A_loopback_receiver_still_gets_signed_deliveries()
    {
        await using var server = await MockServers.StartAsync();
        await using var receiver = await WISPGate.Tests.Support.Webhooks.WebhookReceiver.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/webhook-endpoints", new { url = receiver.Url, events = new[] { "*" } });
        var ping = await api.PostAsync($"/api/v1/webhook-endpoints/{created.DataString("id")}/test");

        created.Status.Should().Be(HttpStatusCode.Created);
        ping.DataString("status").Should().Be("succeeded");
        receiver.Received.Should().ContainSingle().Which.Headers.Should().ContainKey("X-WISPGate-Signature");
    }
}
