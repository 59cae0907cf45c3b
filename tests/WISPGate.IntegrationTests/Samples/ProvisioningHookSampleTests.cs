using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The ProvisioningHook sample, run as a process on a free loopback port next to the mock server: a hook registered
/// through the SDK (disabled until the sample runs with its secret, then pointed at it and enabled) receives the signed
/// call of a service activation, verifies it and acks it — the job ends <c>acked</c> with the built-in effects.
/// </summary>
public sealed partial class ProvisioningHookSampleTests
{
    private static string ProvisioningHookDll => typeof(ProvisioningHookSampleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProvisioningHookDll").Value!;

    [Fact]
    public async Task The_sample_verifies_the_signed_activation_call_and_acks_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;

        // Registered disabled: the secret exists before the receiver that needs it is started.
        var hook = (await client.ProvisioningHooks.CreateAsync(
            new CreateProvisioningHookRequest { Url = "http://127.0.0.1:9/not-yet", Actions = ["activate_service"], Enabled = false, Description = "ProvisioningHook sample" },
            cancellationToken: ct)).Data;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ProvisioningHookDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ProvisioningHook__SigningSecrets__0"] = hook.Secret;
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loggedAck = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"The sample exited before listening:\n{output}"));
                loggedAck.TrySetException(new InvalidOperationException($"The sample exited before logging the ack:\n{output}"));
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }

            if (e.Data.Contains("ActivateService", StringComparison.Ordinal) && e.Data.Contains("acked", StringComparison.Ordinal))
            {
                loggedAck.TrySetResult(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);
            var enabled = await client.ProvisioningHooks.UpdateAsync(
                hook.Id, new UpdateProvisioningHookRequest { Url = new Uri(baseUrl, "/wispgate/provisioning").ToString(), Enabled = true }, cancellationToken: ct);
            enabled.Data.Enabled.Should().BeTrue();

            var subscriber = (await client.Subscribers.CreateAsync(
                new CreateSubscriberRequest { FullName = "Hooked Customer", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
            var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000002" }, cancellationToken: ct)).Data;
            var accepted = (await client.Services.ActivateAsync(service.Id, cancellationToken: ct)).Data;

            ProvisioningJob job = await client.ProvisioningJobs.WaitForCompletionAsync(
                accepted.Id, new WaitOptions { PollingInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromMinutes(1) }, ct);

            accepted.ProvisioningHookId.Should().Be(hook.Id, "the enabled hook covers activate_service");
            job.Status.Should().Be(ProvisioningJobStatus.Acked, $"the sample acks the call; its output:\n{output}");
            job.Attempts.Should().Be(1, "the first call was verified and answered");
            (await client.Services.GetAaaAsync(service.Id, cancellationToken: ct)).Data.Enabled.Should().BeTrue("the acked activation issued the RADIUS account");
            var logged = await loggedAck.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            logged.Should().Contain(job.Id).And.Contain(service.Id);

            // A call that is not signed with the hook's secret is refused (WISPGate would retry it).
            using var http = new HttpClient { BaseAddress = baseUrl };
            using var forged = new StringContent("""{"job":{"id":"job_x"}}""", Encoding.UTF8, "application/json");
            forged.Headers.TryAddWithoutValidation("X-WISPGate-Signature", $"t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()},v1={new string('0', 64)}");
            (await http.PostAsync("/wispgate/provisioning", forged, ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
