using System.Text;
using WISPGate.MockServer.Tests.Security;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// The state endpoints go through the admin auth, and a snapshot's secrets stay out of WireMock's request log: the PUT
/// body is logged as <c>"[redacted]"</c>, the GET answer masked.
/// </summary>
public sealed class SnapshotAdminTests
{
    private const string AdminToken = "admin-token-for-state-5d2a";

    [Fact]
    public async Task The_state_endpoints_need_the_admin_token_when_one_is_set()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var snapshot = await StateAdmin.ExportAsync(server, adminToken: AdminToken);

        using var get = await http.GetAsync(StateAdmin.Path, TestContext.Current.CancellationToken);
        var (putStatus, _) = await StateAdmin.ImportAsync(server, snapshot);
        var (allowedStatus, _) = await StateAdmin.ImportAsync(server, snapshot, AdminToken);

        get.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        putStatus.Should().Be(HttpStatusCode.Unauthorized);
        allowedStatus.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_snapshot_is_the_raw_document_and_the_import_answers_in_the_envelope()
    {
        await using var server = await MockServers.StartAsync();
        var snapshot = await StateAdmin.ExportAsync(server);

        var (status, body) = await StateAdmin.ImportAsync(server, snapshot);

        var root = JsonDocument.Parse(snapshot).RootElement;
        root.GetProperty("format").GetString().Should().Be("wispgate-mock-state");
        root.GetProperty("version").GetInt32().Should().Be(1);
        root.GetProperty("scope").GetString().Should().Be("server");
        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("success").GetBoolean().Should().BeTrue();
        body.GetProperty("data").GetProperty("tenants").EnumerateArray().Select(t => t.GetString()).Should().Equal("tenant_demo_001", "tenant_demo_002");
    }

    [Fact]
    public async Task A_snapshot_with_secrets_stays_out_of_the_request_log_both_ways()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });
        var journey = await SecretBearingJourney.RunAsync(server.BaseUrl, server.DemoTokens.ReadWrite, AdminToken);

        var snapshot = await StateAdmin.ExportAsync(server, adminToken: AdminToken);
        var (status, _) = await StateAdmin.ImportAsync(server, snapshot, AdminToken);
        var log = await SecretBearingJourney.RequestLogAsync(server.BaseUrl, AdminToken);

        Encoding.UTF8.GetString(snapshot).Should().Contain(journey.SigningSecret, "a snapshot carries the signing secrets (it is a secret-bearing file)");
        status.Should().Be(HttpStatusCode.OK);
        foreach (var secret in journey.Secrets)
        {
            log.Should().NotContain(secret);
        }

        var entries = server.WireMock.LogEntries.Where(e => e.RequestMessage?.Path == StateAdmin.Path).ToList();
        var put = entries.Single(e => e.RequestMessage!.Method == "PUT");
        var get = entries.Last(e => e.RequestMessage!.Method == "GET");
        (put.RequestMessage!.BodyData?.BodyAsString ?? put.RequestMessage.Body ?? JsonSerializer.Serialize(put.RequestMessage.BodyData?.BodyAsJson))
            .Should().Contain("[redacted]", "the PUT body is logged as the placeholder \"[redacted]\"");
        get.ResponseMessage!.BodyData!.BodyAsBytes.Should().OnlyContain(b => b == (byte)'*', "the GET answer is logged masked, as long as it was");
    }
}
