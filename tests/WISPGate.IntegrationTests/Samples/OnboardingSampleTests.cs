using System.Diagnostics;
using System.Reflection;
using WISPGate.MockServer;
using WISPGate.Sdk;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The Onboarding sample, run twice as a process against the in-process mock server: each run is one bulk import
/// (no single creates), and the second run creates nothing.
/// </summary>
public sealed class OnboardingSampleTests
{
    private static readonly string[] SampleExternalIds = ["crm-40001", "crm-40002", "crm-40003", "crm-40004", "crm-40005"];

    private static string OnboardingDll => typeof(OnboardingSampleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OnboardingDll").Value!;

    [Fact]
    public async Task Running_the_onboarding_twice_creates_every_csv_row_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WispGateMockServer.StartAsync(cancellationToken: ct);

        var first = await RunOnboardingAsync(server, ct);
        first.ExitCode.Should().Be(0, first.Output);
        first.Output.Should().Contain("[1/5] crm-40001 created sub_").And.Contain("Done: 5 created, 0 already there, 0 failed");

        var second = await RunOnboardingAsync(server, ct);
        second.ExitCode.Should().Be(0, second.Output);
        second.Output.Should().Contain("[5/5] crm-40005 already there as sub_").And.Contain("Done: 0 created, 5 already there, 0 failed");
        server.Requests.ForOperation("importSubscribers").Should().HaveCount(2, "each run sends its 5 rows in one bulk import");
        server.Requests.ForOperation("createSubscriber").Should().BeEmpty("the sample onboards in bulk, not row by row");
        server.Requests.ForOperation("listSubscribers").Should().BeEmpty("create_only finds the existing rows itself");

        using var client = WispGateClient.Create(new WispGateClientOptions
        {
            BaseUrl = new Uri(server.BaseUrl),
            ApiToken = server.DemoTokens.ReadWrite,
            TenantId = server.DemoTokens.Tenant,
        });
        foreach (var externalId in SampleExternalIds)
        {
            var page = await client.Subscribers.ListAsync(new SubscriberListOptions { ExternalId = externalId }, cancellationToken: ct);
            page.Items.Should().ContainSingle($"{externalId} is onboarded exactly once");
        }

        var withComma = await client.Subscribers.ListAsync(new SubscriberListOptions { ExternalId = "crm-40003" }, cancellationToken: ct);
        withComma.Items[0].FullName.Should().Be("Chen, Wei", "quoted CSV fields keep their commas");
    }

    private static async Task<(int ExitCode, string Output)> RunOnboardingAsync(WispGateMockServer server, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(OnboardingDll);
        start.Environment["WispGate__BaseUrl"] = server.BaseUrl;
        start.Environment["WispGate__ApiToken"] = server.DemoTokens.ReadWrite;
        start.Environment["WispGate__TenantId"] = server.DemoTokens.Tenant;
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromMinutes(2), ct);
            return (process.ExitCode, $"stdout:\n{await output}\nstderr:\n{await errors}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
