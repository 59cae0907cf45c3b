using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>A snapshot survives a restart: saved to a file, it is the <c>--seed</c> of a new server, which exports it byte for byte.</summary>
public sealed class SnapshotRestartTests
{
    [Fact]
    public async Task A_snapshot_as_the_seed_of_a_new_server_exports_byte_for_byte_and_a_reset_goes_back_to_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-state-{Guid.NewGuid():N}.json");
        try
        {
            byte[] saved;
            var (first, _) = await MockServers.StartWithFakeTimeAsync();
            await using (first)
            {
                using var api = new ApiClient(first);
                await api.PostAsync("/api/v1/subscribers", new { full_name = "Before the restart", status = "active", billing_profile_id = "bp_001" }, Keys.Idempotency("restart-1"));
                await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hooks", events = new[] { "ticket.created" } });
                first.Clock.Advance(TimeSpan.FromHours(5.5));
                saved = await StateAdmin.ExportAsync(first);
                await File.WriteAllBytesAsync(file, saved, TestContext.Current.CancellationToken);
            }

            await using var second = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = file, TimeProvider = new FakeTimeProvider(new DateTimeOffset(2032, 2, 2, 0, 0, 0, TimeSpan.Zero)) });
            using var secondApi = new ApiClient(second);

            Encoding.UTF8.GetString(await StateAdmin.ExportAsync(second)).Should().Be(Encoding.UTF8.GetString(saved), "the restarted server holds the same state");
            var replay = await secondApi.PostAsync("/api/v1/subscribers", new { full_name = "Before the restart", status = "active", billing_profile_id = "bp_001" }, Keys.Idempotency("restart-1"));
            replay.Header("X-Idempotent-Replayed").Should().Be("true");
            (await secondApi.PostAsync("/api/v1/subscribers", new { full_name = "After", status = "prospect" })).DataString("id").Should().Be("sub_000185", "ids continue the sequence");

            await second.ResetAsync(TestContext.Current.CancellationToken);
            Encoding.UTF8.GetString(await StateAdmin.ExportAsync(second)).Should().Be(Encoding.UTF8.GetString(saved), "a reset goes back to the snapshot seed, clock and idempotency keys included");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_command_line_host_starts_from_a_snapshot_seed()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-state-{Guid.NewGuid():N}.json");
        await using (var server = await MockServers.StartAsync())
        {
            using var api = new ApiClient(server);
            await api.PostAsync("/api/v1/subscribers", new { full_name = "Saved for the CLI", status = "prospect" });
            await File.WriteAllBytesAsync(file, await StateAdmin.ExportAsync(server), ct);
        }

        using var host = ToolHost.Start("--port", "0", "--seed", file);
        try
        {
            var (url, _) = await ToolHost.WaitForUrlAsync(host);
            var banner = new List<string>();
            while (banner.Count < 8 && await host.StandardOutput.ReadLineAsync(ct) is { } line && !line.StartsWith("Admin API", StringComparison.Ordinal))
            {
                banner.Add(line);
            }

            using var http = new HttpClient { BaseAddress = new Uri(url) };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wgk_test_demo");
            var exported = JsonNode.Parse(await http.GetStringAsync(StateAdmin.Path, ct))!;
            var saved = JsonNode.Parse(await File.ReadAllTextAsync(file, ct))!;

            // On the system clock the clock moves on; everything else is the snapshot.
            exported.AsObject().Remove("clock");
            saved.AsObject().Remove("clock");
            exported.ToJsonString().Should().Be(saved.ToJsonString());
            (await http.GetStringAsync("/api/v1/subscribers?limit=100", ct)).Should().Contain("Saved for the CLI");
            banner.Should().Contain(l => l.StartsWith("Demo token: wgk_test_demo", StringComparison.Ordinal), "the banner still names the public demo tokens the snapshot accepts (by their hashes)");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(ct);
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_tenant_snapshot_is_not_a_seed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wispgate-state-{Guid.NewGuid():N}.json");
        try
        {
            await using (var server = await MockServers.StartAsync())
            {
                await File.WriteAllBytesAsync(file, await StateAdmin.ExportAsync(server, server.DemoTokens.Tenant), TestContext.Current.CancellationToken);
            }

            var start = () => MockServers.StartAsync(new WispGateMockServerOptions { Seed = file });

            (await start.Should().ThrowAsync<InvalidDataException>()).WithMessage("*tenant snapshot*");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
