using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The WebhookReceiver sample, run as a process on a free loopback port: a delivery signed here
/// (with our own HMAC-SHA256, independent of the SDK) is accepted, a tampered one is rejected.
/// </summary>
public sealed partial class WebhookReceiverSampleTests
{
    private const string Secret = "whsec_sample_receiver_test";

    private const string Delivery = """
        {"id":"evt_000901","type":"subscriber.created","created_at":"2026-11-27T09:00:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"sub_000901","external_id":"crm-50001","full_name":"Jane Doe","email":"jane@example.net","phone":null,"status":"prospect","billing_profile_id":null,"address":null,"metadata":{},"created_at":"2026-11-27T09:00:00Z","updated_at":"2026-11-27T09:00:00Z"}}}
        """;

    private static string WebhookReceiverDll => typeof(WebhookReceiverSampleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebhookReceiverDll").Value!;

    [Fact]
    public async Task The_receiver_accepts_a_signed_delivery_and_rejects_a_tampered_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebhookReceiverDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["WebhookReceiver__SigningSecret"] = Secret;
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loggedEvent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"The receiver exited before listening:\n{output}"));
                loggedEvent.TrySetException(new InvalidOperationException($"The receiver exited before logging the event:\n{output}"));
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

            if (e.Data.Contains("evt_000901 subscriber.created: subscriber sub_000901 Jane Doe is Prospect", StringComparison.Ordinal))
            {
                loggedEvent.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);
            using var http = new HttpClient { BaseAddress = baseUrl };

            var signed = await PostAsync(http, Delivery, Sign(Delivery, DateTimeOffset.UtcNow), ct);
            signed.StatusCode.Should().Be(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync(ct));
            (await signed.Content.ReadAsStringAsync(ct)).Should().Contain("evt_000901");

            var tampered = Delivery.Replace("Jane Doe", "Jane Roe", StringComparison.Ordinal);
            var rejected = await PostAsync(http, tampered, Sign(Delivery, DateTimeOffset.UtcNow), ct);
            rejected.StatusCode.Should().Be(HttpStatusCode.BadRequest);

            var unsigned = await PostAsync(http, Delivery, signature: null, ct);
            unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);

            // The console logger writes from a background queue: wait for the line rather than for luck.
            await loggedEvent.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
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

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string body, string? signature, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/wispgate")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-WISPGate-Signature", signature);
        }

        return await http.SendAsync(request, ct);
    }

    // The contract's scheme, written out here so the test does not trust the SDK's own signer.
    private static string Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
