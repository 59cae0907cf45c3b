using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Webhooks;

/// <summary>
/// Rules of the verifier the other webhook tests do not pin: which argument a missing body is reported as, that argument
/// checks come before the header is read, a repeated signature, a header whose v1 values are all unreadable and the
/// quoting of a bad element of exactly 32 characters.
/// </summary>
public sealed class WebhookVerifierRulesTests
{
    private const string Secret = "whsec_rules_0123456789";
    private const string Body = """{"id":"evt_000003","type":"subscriber.updated"}""";
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);
    private static readonly long T = Now.ToUnixTimeSeconds();

    private readonly WebhookSignatureVerifier _verifier = new(new WebhookVerifierOptions { TimeProvider = new FakeTimeProvider(Now) });

    private static string Sign(long unixSeconds, string secret = Secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{Body}")));

    [Fact]
    public void A_missing_string_body_is_reported_as_the_rawBody_argument()
    {
        var header = $"t={T},v1={Sign(T)}";

        FluentActions.Invoking(() => _verifier.Verify((string)null!, header, Secret))
            .Should().Throw<ArgumentNullException>().WithParameterName("rawBody");
        FluentActions.Invoking(() => _verifier.ConstructEvent((string)null!, header, Secret))
            .Should().Throw<ArgumentNullException>().WithParameterName("rawBody");
        FluentActions.Invoking(() => WebhookSignature.ComputeHeader((string)null!, Now, Secret))
            .Should().Throw<ArgumentNullException>().WithParameterName("rawBody");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    public void An_empty_secret_is_refused_before_the_header_is_read(string? header)
    {
        FluentActions.Invoking(() => _verifier.Verify(Body, header, ""))
            .Should().Throw<ArgumentException>().WithParameterName("secret");
        FluentActions.Invoking(() => _verifier.Verify(Encoding.UTF8.GetBytes(Body), header, ""))
            .Should().Throw<ArgumentException>().WithParameterName("secret");
    }

    [Fact]
    public void A_signature_repeated_in_the_header_still_verifies()
    {
        var signature = Sign(T);

        FluentActions.Invoking(() => _verifier.Verify(Body, $"t={T},v1={signature},v1={signature}", Secret)).Should().NotThrow();
        FluentActions.Invoking(() => _verifier.Verify(Body, $"t={T},v1={signature},v1={Sign(T, "whsec_other")},v1={signature}", Secret))
            .Should().NotThrow();
    }

    [Fact]
    public void A_header_whose_v1_values_are_all_unreadable_carries_no_signature()
    {
        FluentActions.Invoking(() => _verifier.Verify(Body, $"t={T},v1=not-hex,v1=zz", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Failure.Should().Be(WebhookSignatureFailure.NoSignature);
    }

    [Fact]
    public void A_bad_element_of_exactly_32_characters_is_quoted_whole()
    {
        var element = new string('b', 32);

        FluentActions.Invoking(() => _verifier.Verify(Body, $"{element},t={T}", Secret))
            .Should().Throw<WebhookSignatureException>()
            .Which.Message.Should().Be($"The X-WISPGate-Signature header is malformed: the element '{element}' is not key=value.");
    }
}
