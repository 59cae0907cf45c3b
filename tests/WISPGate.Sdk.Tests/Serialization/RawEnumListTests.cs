using System.Text.Json;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Tests.Serialization;

/// <summary>
/// Enum lists and their raw siblings (<c>Roles</c> / <c>RolesRaw</c>): how a raw list in another spelling, with an
/// unknown value or missing altogether reads and is sent back, and why a list holding <c>Unknown</c> cannot be sent.
/// </summary>
public sealed class RawEnumListTests
{
    [Fact]
    public void Known_raw_values_in_another_case_are_sent_in_their_wire_spelling()
    {
        var request = new CreateContactRequest { Name = "Ann", Roles = [], RolesRaw = ["BILLING", "Technical"] };

        request.Roles.Should().Equal(ContactRole.Billing, ContactRole.Technical);
        request.RolesRaw.Should().Equal("billing", "technical");
        Serialize(request).Should().Contain("\"roles\":[\"billing\",\"technical\"]");
    }

    [Fact]
    public void A_raw_list_with_one_unknown_value_is_kept_and_sent_back_exactly()
    {
        var request = new CreateContactRequest { Name = "Ann", Roles = [], RolesRaw = ["billing", "emergency"] };

        request.Roles.Should().Equal(ContactRole.Billing, ContactRole.Unknown);
        request.RolesRaw.Should().Equal("billing", "emergency");
        Serialize(request).Should().Contain("\"roles\":[\"billing\",\"emergency\"]");
    }

    [Fact]
    public void Assigning_the_enum_list_again_forgets_the_raw_values_it_replaces()
    {
        var request = new CreateContactRequest { Name = "Ann", Roles = [], RolesRaw = ["emergency"] };

        var replaced = request with { Roles = [ContactRole.Primary] };

        replaced.RolesRaw.Should().Equal("primary");
    }

    [Fact]
    public void An_enum_list_holding_Unknown_has_no_raw_list_and_says_at_which_index()
    {
        var request = new CreateContactRequest { Name = "Ann", Roles = [ContactRole.Billing, ContactRole.Unknown] };

        FluentActions.Invoking(() => request.RolesRaw)
            .Should().Throw<InvalidOperationException>()
            .WithMessage("ContactRole.Unknown at index 1 has no wire value*");
    }

    [Fact]
    public void A_missing_enum_list_has_no_raw_list()
    {
        var request = new CreateContactRequest { Name = "Ann", Roles = null! };

        request.RolesRaw.Should().BeNull();
    }

    [Fact]
    public void A_patch_refuses_Unknown_naming_the_property()
    {
        FluentActions.Invoking(() => new UpdateTicketRequest { Status = TicketStatus.Unknown })
            .Should().Throw<ArgumentException>().WithParameterName("Status")
            .WithMessage("TicketStatus.Unknown cannot be sent*Assign StatusRaw*");
    }

    [Fact]
    public void A_patch_that_clears_an_enum_sends_null()
    {
        var patch = new UpdateTicketRequest { Status = null };

        patch.StatusRaw.Should().BeNull();
        Serialize(patch).Should().Be("""{"status":null}""");
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, WispGateJson.Options.GetTypeInfo(typeof(T)));
}
