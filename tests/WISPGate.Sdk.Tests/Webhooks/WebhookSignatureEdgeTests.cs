using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Webhooks;

/// <summary>The edges of signature verification: both ends of the tolerance, the header's spelling, the arguments.</summary>
public sealed class WebhookSignatureEdgeTests
{
    private const string Secret = "whsec_edge_0123456789";
    private const string Body = """{"id":"evt_000002","type":"subscriber.updated"}""";
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);
    private static readonly long T = Now.ToUnixTimeSeconds();

    private readonly FakeTimeProvider _clock = new(Now);

    private WebhookSignatureVerifier Verifier(TimeSpan tolerance) =>
        new(new WebhookVerifierOptions { TimeProvider = _clock, Tolerance = tolerance });

    private static string Sign(long unixSeconds, string secret = Secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{Body}")));

    [Fact]
    public void A_timestamp_exactly_the_tolerance_ahead_is_accepted_and_one_second_more_is_not()
    {
        var verifier = Verifier(TimeSpan.FromMinutes(5));

        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T + 300},v1={Sign(T + 300)}", Secret)).Should().NotThrow();
        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T + 301},v1={Sign(T + 301)}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Should().Match<WebhookSignatureException>(e => e.Failure == WebhookSignatureFailure.TimestampInFuture && e.Message.Contains("301 s in the future"));
    }

    [Fact]
    public void A_timestamp_one_second_past_the_tolerance_is_too_old_and_the_message_says_by_how_much()
    {
        var verifier = Verifier(TimeSpan.FromMinutes(5));

        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T - 301},v1={Sign(T - 301)}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Should().Match<WebhookSignatureException>(e =>
                e.Failure == WebhookSignatureFailure.TimestampTooOld && e.Message.Contains("301 s old") && e.Message.Contains("tolerance of 300 s"));
    }

    [Fact]
    public void A_zero_tolerance_accepts_only_the_current_second_and_a_negative_one_is_refused()
    {
        var verifier = Verifier(TimeSpan.Zero);

        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T},v1={Sign(T)}", Secret)).Should().NotThrow();
        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T - 1},v1={Sign(T - 1)}", Secret))
            .Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampTooOld);
        FluentActions.Invoking(() => Verifier(TimeSpan.FromSeconds(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
    }

    [Fact]
    public void The_signature_is_checked_before_the_timestamp()
    {
        // A stale delivery with a wrong signature is a mismatch: the timestamp of an unsigned header proves nothing.
        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, $"t={T - 3600},v1={Sign(T - 3600, "whsec_other")}", Secret))
            .Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void Spaces_around_the_elements_and_empty_elements_are_tolerated()
    {
        var header = $" t={T} , ,v1={Sign(T)} ";

        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, header, Secret)).Should().NotThrow();
    }

    [Theory]
    [InlineData("=123")]
    [InlineData("t=+1776075660")]
    [InlineData("t= 1776075660x")]
    public void Elements_that_are_not_key_value_or_a_signed_timestamp_are_malformed(string element)
    {
        // Each header is complete but for the bad element, so that nothing else makes it malformed.
        var header = element.StartsWith("t=", StringComparison.Ordinal) ? $"{element},v1={Sign(T)}" : $"{element},t={T},v1={Sign(T)}";

        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, header, Secret))
            .Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.MalformedHeader);
    }

    [Fact]
    public void A_long_bad_element_is_quoted_only_in_part()
    {
        var element = new string('a', 40);

        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, $"{element},t={T}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Message.Should().Contain($"'{new string('a', 32)}…'").And.NotContain(new string('a', 33));
    }

    [Fact]
    public void A_short_bad_element_is_quoted_whole()
    {
        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, $"garbage,t={T}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Message.Should().Be("The X-WISPGate-Signature header is malformed: the element 'garbage' is not key=value.");
    }

    [Fact]
    public void A_v1_value_of_another_length_does_not_match()
    {
        var truncated = Sign(T)[..62];

        FluentActions.Invoking(() => Verifier(TimeSpan.FromMinutes(5)).Verify(Body, $"t={T},v1={truncated}", Secret))
            .Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch);
    }

    [Fact]
    public void The_secret_is_required_and_so_is_a_body()
    {
        var verifier = Verifier(TimeSpan.FromMinutes(5));

        FluentActions.Invoking(() => verifier.Verify(Body, $"t={T},v1={Sign(T)}", "")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => verifier.Verify((string)null!, $"t={T},v1={Sign(T)}", Secret)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => verifier.ConstructEvent((string)null!, $"t={T},v1={Sign(T)}", Secret)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_header_helper_needs_a_secret_and_signs_the_UTF8_bytes_of_a_string_body()
    {
        FluentActions.Invoking(() => WebhookSignature.ComputeHeader(Body, Now)).Should().Throw<ArgumentException>().WithParameterName("secrets");
        FluentActions.Invoking(() => WebhookSignature.ComputeHeader(Body, Now, "")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => WebhookSignature.ComputeHeader((string)null!, Now, Secret)).Should().Throw<ArgumentNullException>();
        WebhookSignature.ComputeHeader(Encoding.UTF8.GetBytes(Body), Now, Secret).Should().Be($"t={T},v1={Sign(T)}");
    }
}
