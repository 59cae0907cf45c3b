using System.Text.Json.Nodes;
using WISPGate.Tests.Support.Contract;

namespace WISPGate.Contract.Tests;

/// <summary>
/// The tests' contract check enforces <c>format</c>, and its <c>email</c> check has no timeout in it (the library's
/// regex gives up after 200 ms and calls the address invalid, which a loaded machine turns into a flaky failure).
/// </summary>
public sealed class FormatCheckTests
{
    [Theory]
    [InlineData("maria.garcia@example.com", true)]
    [InlineData("billing+ops@acme-coffee.example.com", true)]
    [InlineData("digits@example.c0m", true)] // the library's regex wants letters in the last label: this proves the check here is the one that runs
    [InlineData("nope", false)]
    [InlineData("no-domain-dot@localhost", false)]
    [InlineData("Maria <maria@example.com>", false)]
    [InlineData("two@@example.com", false)]
    [InlineData("", false)]
    public void An_email_is_an_address_with_a_dotted_domain(string value, bool valid)
    {
        var problems = ContractSchemas.Validate(JsonNode.Parse("""{"type": "string", "format": "email"}""")!, JsonValue.Create(value));

        (problems.Count == 0).Should().Be(valid, string.Join("; ", problems));
    }

    [Fact]
    public void Formats_are_enforced_not_only_annotated()
    {
        var problems = ContractSchemas.Validate(JsonNode.Parse("""{"type": "string", "format": "date-time"}""")!, JsonValue.Create("yesterday"));

        problems.Should().NotBeEmpty();
    }
}
