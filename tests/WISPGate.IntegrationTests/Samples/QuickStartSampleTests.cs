using System.Diagnostics;
using System.Reflection;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>README's main job: the QuickStart sample, run as a process exactly as a developer would.</summary>
public sealed class QuickStartSampleTests
{
    private static string QuickStartDll => typeof(QuickStartSampleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "QuickStartDll").Value!;

    [Fact]
    public async Task The_quick_start_walks_the_journey_against_the_in_process_mock_server_and_exits_0()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(QuickStartDll);
        start.Environment.Remove("WISPGATE_BASE_URL");
        start.Environment.Remove("WISPGATE_API_TOKEN");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        var text = await output;
        process.ExitCode.Should().Be(0, $"stdout:\n{text}\nstderr:\n{await errors}");
        text.Should().Contain("Started the WISPGate mock server at http://127.0.0.1:");
        text.Should().MatchRegex(@"Create the seed's subscriber\s+sub_000184 Jane Doe \(crm-23991\)\s+req_");
        foreach (var step in new[] { "Fetch the subscriber", "List subscribers", "Fetch a service package", "Create an invoice", "Finalize it", "Record a payment", "Check the balance", "Open a ticket", "Read the events" })
        {
            text.Should().MatchRegex($@"{step}\s+\S.*\s+req_[0-9a-z]+", $"the journey prints '{step}' with its request id");
        }

        text.Should().Contain("balance USD 0.00").And.Contain("Done.");
    }
}
