using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// No secret is kept or printed: WireMock's request log (<c>/__admin/requests</c>) shows tokens, the form's
/// <c>api_token</c>, webhook signatures and signing secrets as <c>[redacted]</c> or masked, and the command-line host
/// prints only the public demo tokens its seed really has.
/// </summary>
public sealed partial class SecretsAtRestTests
{
    private const string AdminToken = "admin-token-never-stored-3c1e";

    [Fact]
    public async Task The_request_log_keeps_no_secret_of_any_secret_bearing_operation()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = AdminToken });

        var journey = await SecretBearingJourney.RunAsync(server.BaseUrl, server.DemoTokens.ReadWrite, AdminToken);
        var log = await SecretBearingJourney.RequestLogAsync(server.BaseUrl, AdminToken);

        foreach (var secret in journey.Secrets)
        {
            log.Should().NotContain(secret);
        }

        SignatureValue().IsMatch(log).Should().BeFalse("no X-WISPGate-Signature value is stored");
        log.Should().Contain("Bearer [redacted]").And.Contain("api_token=%5Bredacted%5D");
        log.Should().Contain($"\"secret\":\"{new string('*', journey.SigningSecret.Length)}\"", "the create and its replay are logged with the secret masked");
        log.Should().Contain("/hooks/receiver-on-the-same-server", "the signed delivery reached the server and was logged");
    }

    [Fact]
    public async Task The_command_line_host_prints_and_logs_no_secret_of_its_seed_or_its_traffic()
    {
        const string teamToken = "wgk_test_team_private_9f3a77";
        var seed = Path.Combine(Path.GetTempPath(), $"wispgate-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seed, $$"""
            {
              "tenants": [ { "id": "tenant_team", "name": "Team sandbox" } ],
              "tokens": [ { "token": "{{teamToken}}", "scopes": ["read", "write", "admin"], "tenants": ["tenant_team"], "default_tenant": "tenant_team" } ],
              "data": {}
            }
            """, TestContext.Current.CancellationToken);
        using var host = ToolHost.Start("--port", "0", "--seed", seed, "--admin-token", AdminToken);
        try
        {
            var (url, banner) = await ToolHost.WaitForUrlAsync(host);
            var journey = await SecretBearingJourney.RunAsync(url, teamToken, AdminToken);
            var log = await SecretBearingJourney.RequestLogAsync(url, AdminToken);
            host.Kill(entireProcessTree: true);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(ToolHost.Patience);
            var output = string.Join('\n', banner) + await host.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = await host.StandardError.ReadToEndAsync(timeout.Token);

            foreach (var secret in journey.Secrets)
            {
                log.Should().NotContain(secret);
                output.Should().NotContain(secret);
                errors.Should().NotContain(secret);
            }

            output.Should().NotContain("wgk_test_demo", "the seed has no demo token, so none is printed");
            output.Should().Contain("1 token(s) from the seed file (not printed)");
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            File.Delete(seed);
        }
    }

    [Fact]
    public async Task The_banner_names_the_demo_tokens_of_the_demo_seed_and_warns_that_the_admin_api_is_open()
    {
        using var host = ToolHost.Start("--port", "0");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(ToolHost.Patience);
            var (_, lines) = await ToolHost.WaitForUrlAsync(host);
            var banner = new List<string>(lines);
            while (!banner.Any(l => l.StartsWith("Admin API", StringComparison.Ordinal)) && await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.Add(line);
            }

            banner.Should().Contain(l => l.Contains("wgk_test_demo", StringComparison.Ordinal))
                .And.Contain(l => l.Contains("wgk_test_readonly", StringComparison.Ordinal))
                .And.Contain(l => l.Contains("wgk_test_partner", StringComparison.Ordinal));
            banner.Should().Contain(l => l.Contains("OPEN to every local process", StringComparison.Ordinal) && l.Contains("--admin-token", StringComparison.Ordinal));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex(@"t=\d+,v1=[0-9a-f]{64}")]
    private static partial Regex SignatureValue();
}
