using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Webhooks;

public sealed class WebhookSignatureVerifierTests
{
    private const string Secret = "whsec_test_0123456789";
    private const string Body = """{"id":"evt_000001","type":"subscriber.created","created_at":"2026-04-13T10:21:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"sub_000184","full_name":"Jane Doe — 東京"}}}""";
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    private WebhookSignatureVerifier Verifier(TimeSpan? tolerance = null) =>
        new(new WebhookVerifierOptions { TimeProvider = _clock, Tolerance = tolerance ?? WebhookVerifierOptions.DefaultTolerance });

    // Computed here independently of the SDK, straight from the contract's definition.
    private static string Sign(string body, long unixSeconds, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}")));

    private static string Header(long unixSeconds, params string[] signatures) =>
        $"t={unixSeconds}," + string.Join(',', signatures.Select(s => "v1=" + s));

    [Fact]
    public void A_valid_signature_verifies()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().NotThrow();
    }

    [Fact]
    public void The_raw_bytes_overload_verifies_the_same_signature()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Encoding.UTF8.GetBytes(Body), Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().NotThrow();
    }

    [Fact]
    public void A_tampered_body_is_rejected_as_a_mismatch()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Body.Replace("Jane", "John", StringComparison.Ordinal), Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_wrong_secret_is_rejected_as_a_mismatch()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, "whsec_other")), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_signature_for_another_timestamp_is_rejected()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t - 1, Secret)), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void A_stale_timestamp_is_rejected_even_when_the_signature_matches()
    {
        var t = Now.ToUnixTimeSeconds() - 301;
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampTooOld);
    }

    [Fact]
    public void A_timestamp_at_the_edge_of_the_tolerance_is_accepted()
    {
        var t = Now.ToUnixTimeSeconds() - 300;
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().NotThrow();
    }

    [Fact]
    public void A_future_timestamp_beyond_the_tolerance_is_rejected()
    {
        var t = Now.ToUnixTimeSeconds() + 301;
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampInFuture);
    }

    [Fact]
    public void The_tolerance_is_configurable()
    {
        var t = Now.ToUnixTimeSeconds() - 20;
        var act = () => Verifier(TimeSpan.FromSeconds(10)).Verify(Body, Header(t, Sign(Body, t, Secret)), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampTooOld);
    }

    [Fact]
    public void Any_of_several_v1_signatures_may_match_during_a_secret_rotation()
    {
        var t = Now.ToUnixTimeSeconds();
        var header = Header(t, Sign(Body, t, "whsec_old"), Sign(Body, t, Secret));
        var act = () => Verifier().Verify(Body, header, Secret);
        act.Should().NotThrow();
    }

    [Fact]
    public void Unknown_schemes_and_non_hex_values_are_skipped()
    {
        var t = Now.ToUnixTimeSeconds();
        var header = $"t={t},v0=abc,v1=not-hex,v1={Sign(Body, t, Secret)}";
        var act = () => Verifier().Verify(Body, header, Secret);
        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(null, WebhookSignatureFailure.MissingHeader)]
    [InlineData("", WebhookSignatureFailure.MissingHeader)]
    [InlineData("   ", WebhookSignatureFailure.MissingHeader)]
    [InlineData("garbage", WebhookSignatureFailure.MalformedHeader)]
    [InlineData("v1=abcdef", WebhookSignatureFailure.MalformedHeader)]
    [InlineData("t=abc,v1=abcdef", WebhookSignatureFailure.MalformedHeader)]
    [InlineData("t=-5,v1=abcdef", WebhookSignatureFailure.MalformedHeader)]
    [InlineData("t=1,t=2,v1=abcdef", WebhookSignatureFailure.MalformedHeader)]
    [InlineData("t=1776075660", WebhookSignatureFailure.NoSignature)]
    [InlineData("t=1776075660,v0=abcdef", WebhookSignatureFailure.NoSignature)]
    public void Malformed_headers_say_what_is_wrong(string? header, WebhookSignatureFailure failure)
    {
        var act = () => Verifier().Verify(Body, header, Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(failure);
    }

    [Fact]
    public void Messages_never_contain_the_secret()
    {
        var t = Now.ToUnixTimeSeconds();
        var act = () => Verifier().Verify(Body, Header(t, Sign(Body, t, "whsec_other")), Secret);
        act.Should().Throw<WebhookSignatureException>().Which.Message.Should().NotContain(Secret);
    }

    [Fact]
    public void The_header_helper_produces_what_the_contract_defines()
    {
        var t = Now.ToUnixTimeSeconds();
        WebhookSignature.ComputeHeader(Body, Now, Secret).Should().Be(Header(t, Sign(Body, t, Secret)));
        WebhookSignature.ComputeHeader(Body, Now, "a", "b").Should().Be(Header(t, Sign(Body, t, "a"), Sign(Body, t, "b")));
    }

    [Fact]
    public void A_header_from_the_helper_verifies()
    {
        var header = WebhookSignature.ComputeHeader(Body, Now, Secret);
        var act = () => Verifier().Verify(Body, header, Secret);
        act.Should().NotThrow();
    }
}
