using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Webhooks;

/// <summary>
/// What a receiver logs when a delivery is refused: each failure's message says which check failed and how, and none
/// quotes the signing secret.
/// </summary>
public sealed class WebhookFailureMessageTests
{
    private const string Secret = "whsec_messages_0123456789";
    private const string Body = """{"id":"evt_000003","type":"subscriber.updated"}""";
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);
    private static readonly long T = Now.ToUnixTimeSeconds();

    private readonly WebhookSignatureVerifier _verifier = new(new WebhookVerifierOptions { TimeProvider = new FakeTimeProvider(Now) });

    public static TheoryData<string, string?, WebhookSignatureFailure, string> Refusals => new()
    {
        { "missing", null, WebhookSignatureFailure.MissingHeader, "The X-WISPGate-Signature header is missing." },
        { "two timestamps", $"t={T},t={T},v1={Sign(T)}", WebhookSignatureFailure.MalformedHeader, "The X-WISPGate-Signature header is malformed: it carries more than one t= timestamp." },
        { "timestamp not a number", $"t=soon,v1={Sign(T)}", WebhookSignatureFailure.MalformedHeader, "The X-WISPGate-Signature header is malformed: t= is not a unix timestamp in seconds." },
        { "no timestamp", $"v1={Sign(T)}", WebhookSignatureFailure.MalformedHeader, "The X-WISPGate-Signature header is malformed: it has no t= timestamp." },
        { "no signature", $"t={T},v0=abc", WebhookSignatureFailure.NoSignature, "The X-WISPGate-Signature header carries no v1= signature." },
        { "other secret", $"t={T},v1={Sign(T, "whsec_other")}", WebhookSignatureFailure.SignatureMismatch, "No v1 signature in the X-WISPGate-Signature header matches the body signed with this secret." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_delivery_says_which_check_failed(string why, string? header, WebhookSignatureFailure failure, string message)
    {
        var refused = FluentActions.Invoking(() => _verifier.Verify(Body, header, Secret))
            .Should().Throw<WebhookSignatureException>(why).Which;

        refused.Failure.Should().Be(failure);
        refused.Message.Should().Be(message).And.NotContain(Secret);
    }

    [Fact]
    public void A_signed_body_that_is_json_null_is_not_an_event()
    {
        FluentActions.Invoking(() => _verifier.ConstructEvent("null", $"t={T},v1={Sign(T, body: "null")}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Message.Should().Be("The webhook body is signed correctly but is not a WISPGate event: it is JSON null");
    }

    [Fact]
    public void A_negative_tolerance_names_the_option()
    {
        FluentActions.Invoking(() => new WebhookSignatureVerifier(new WebhookVerifierOptions { Tolerance = TimeSpan.FromSeconds(-1) }))
            .Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith("WebhookVerifierOptions.Tolerance must not be negative.");
    }

    [Fact]
    public void Computing_a_header_without_a_secret_says_one_is_needed()
    {
        FluentActions.Invoking(() => WebhookSignature.ComputeHeader(Encoding.UTF8.GetBytes(Body), Now, ReadOnlySpan<string>.Empty))
            .Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("At least one secret is needed.");
    }

    private static string Sign(long unixSeconds, string secret = Secret, string body = Body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}")));
}
