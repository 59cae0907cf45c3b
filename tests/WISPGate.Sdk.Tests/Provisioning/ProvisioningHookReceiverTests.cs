using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Provisioning;

/// <summary>
/// The provisioning hook receiver: a call signed as the contract says verifies and reads as a typed
/// <see cref="ProvisioningHookCall"/>; forged, stale and unsigned calls are refused; during a rotation either secret
/// verifies; the answer helpers write exactly the contract's answer bodies.
/// </summary>
public sealed class ProvisioningHookReceiverTests
{
    private const string Secret = "whsec_hook_0123456789abcdef";
    private const string NewSecret = "whsec_hook_rotated_fedcba9876";
    private static readonly DateTimeOffset s_now = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(s_now);

    /// <summary>The contract's own example body of the <c>provisioningHookCall</c> webhook.</summary>
    private static string Body { get; } = ContractExample("webhooks", "provisioningHookCall", "post", "requestBody").ToJsonString();

    // Computed here independently of the SDK, straight from the contract's definition.
    private static string Header(string body, DateTimeOffset at, params string[] secrets)
    {
        var t = at.ToUnixTimeSeconds();
        return $"t={t}," + string.Join(',', secrets.Select(secret =>
            "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")))));
    }

    private ProvisioningHookReceiver Receiver(params string[] secrets) =>
        new(secrets, new WebhookVerifierOptions { TimeProvider = _clock });

    [Fact]
    public void A_validly_signed_call_verifies_and_reads_as_the_typed_job_service_and_aaa_account()
    {
        var call = Receiver(Secret).ConstructCall(Body, Header(Body, s_now, Secret));

        call.Job.Should().Match<ProvisioningJob>(job =>
            job.Id == "job_000733" && job.Action == ProvisioningAction.ActivateService && job.Status == ProvisioningJobStatus.Sent
            && job.ProvisioningHookId == "prh_000001" && job.Attempts == 1);
        call.Service!.Id.Should().Be("svc_000007");
        call.Aaa!.Username.Should().NotBeNullOrEmpty();
        call.Session.Should().BeNull("a service action carries no session");
    }

    [Fact]
    public void The_single_secret_constructor_and_the_bytes_overload_verify_the_same_call()
    {
        var receiver = new ProvisioningHookReceiver(Secret);
        var header = Header(Body, DateTimeOffset.UtcNow, Secret);

        receiver.ConstructCall(Encoding.UTF8.GetBytes(Body), header).Job.Id.Should().Be("job_000733");
    }

    [Fact]
    public void A_forged_body_is_refused_as_a_mismatch_before_it_is_read()
    {
        var forged = Body.Replace("job_000733", "job_999999", StringComparison.Ordinal);

        var act = () => Receiver(Secret).ConstructCall(forged, Header(Body, s_now, Secret));

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_call_signed_with_another_secret_is_refused()
    {
        var act = () => Receiver(Secret).Verify(Body, Header(Body, s_now, "whsec_someone_else_123"));

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_stale_call_is_refused_as_too_old_even_with_a_valid_signature()
    {
        var header = Header(Body, s_now, Secret);
        _clock.Advance(TimeSpan.FromSeconds(301));

        var act = () => Receiver(Secret).ConstructCall(Body, header);

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampTooOld);
    }

    [Fact]
    public void A_missing_signature_header_is_refused()
    {
        var act = () => Receiver(Secret).Verify(Body, null);

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.MissingHeader);
    }

    [Theory]
    [InlineData("old")]
    [InlineData("new")]
    [InlineData("both")]
    public void During_a_rotation_a_call_signed_with_either_secret_verifies(string signedWith)
    {
        string[] secrets = signedWith switch { "old" => [Secret], "new" => [NewSecret], _ => [Secret, NewSecret] };

        var call = Receiver(Secret, NewSecret).ConstructCall(Body, Header(Body, s_now, secrets));

        call.Job.Id.Should().Be("job_000733");
    }

    [Fact]
    public void During_a_rotation_a_call_signed_with_neither_secret_is_refused()
    {
        var act = () => Receiver(Secret, NewSecret).Verify(Body, Header(Body, s_now, "whsec_someone_else_123"));

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_signed_body_that_is_not_a_hook_call_is_refused_as_invalid()
    {
        const string notACall = """{"id":"evt_1"}""";

        var act = () => Receiver(Secret).ConstructCall(notACall, Header(notACall, s_now, Secret));

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.InvalidHookCall);
    }

    [Fact]
    public void A_receiver_needs_at_least_one_non_empty_secret()
    {
        FluentActions.Invoking(() => new ProvisioningHookReceiver([], null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ProvisioningHookReceiver("")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_answer_helpers_write_exactly_the_contract_answers()
    {
        JsonNode.DeepEquals(JsonNode.Parse(ProvisioningHookAnswer.Acked().ToJson()), JsonNode.Parse("""{"status":"acked"}""")).Should().BeTrue();
        JsonNode.DeepEquals(
            JsonNode.Parse(ProvisioningHookAnswer.Nak(404, "CPE AA:BB:CC:00:11:22 is not registered on any NAS.").ToJson()),
            JsonNode.Parse("""{"status":"nak","error_cause":404,"error_message":"CPE AA:BB:CC:00:11:22 is not registered on any NAS."}""")).Should().BeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(ProvisioningHookAnswer.Nak(503).ToJson()), JsonNode.Parse("""{"status":"nak","error_cause":503}""")).Should().BeTrue();
    }

    [Fact]
    public void A_nak_answer_needs_an_rfc5176_cause_and_a_bounded_message()
    {
        FluentActions.Invoking(() => ProvisioningHookAnswer.Nak(200)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ProvisioningHookAnswer.Nak(600)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ProvisioningHookAnswer.Nak(404, "")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ProvisioningHookAnswer.Nak(404, new string('x', 501))).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static JsonNode ContractExample(string section, string name, string method, string part)
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wispgate-v1.openapi.json")))!;
        return contract[section]![name]![method]![part]!["content"]!["application/json"]!["examples"]!["example"]!["value"]!.DeepClone();
    }
}
