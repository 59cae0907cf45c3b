using System.Text.Json;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk.Tests.Serialization;

/// <summary>Edges of the wire format: enum spellings from attributes, case, undefined values, unions without a type.</summary>
public sealed class SerializationEdgeTests
{
    [Theory]
    [InlineData("\"subscriber.created\"", EventType.SubscriberCreated)]
    [InlineData("\"SUBSCRIBER.UPDATED\"", EventType.SubscriberUpdated)]
    [InlineData("\"subscriber_created\"", EventType.Unknown)]
    public void An_enum_reads_its_attribute_spelling_in_any_case(string json, EventType expected) =>
        JsonSerializer.Deserialize(json, WispGateJsonContext.Default.EventType).Should().Be(expected);

    [Fact]
    public void An_enum_writes_its_attribute_spelling_and_its_snake_case_name()
    {
        JsonSerializer.Serialize(EventType.SubscriberCreated, WispGateJsonContext.Default.EventType).Should().Be("\"subscriber.created\"");
        JsonSerializer.Serialize(SubscriberStatus.Suspended, WispGateJsonContext.Default.SubscriberStatus).Should().Be("\"suspended\"");
    }

    [Fact]
    public void An_undefined_enum_value_cannot_be_sent()
    {
        var write = () => JsonSerializer.Serialize((SubscriberStatus)999, WispGateJsonContext.Default.SubscriberStatus);

        write.Should().Throw<JsonException>().WithMessage("*SubscriberStatus.999*");
    }

    [Theory]
    [InlineData("""{"cron":"0 3 * * *"}""")]
    [InlineData("""{"type":5,"cron":"0 3 * * *"}""")]
    public void A_union_member_without_a_string_type_reads_as_Unknown_with_an_empty_type(string json)
    {
        var trigger = JsonSerializer.Deserialize(json, WispGateJsonContext.Default.WorkflowTrigger);

        var unknown = trigger.Should().BeOfType<UnknownWorkflowTrigger>().Subject;
        unknown.Type.Should().BeEmpty();
        unknown.RawJson.Should().Be(json);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"event\"")]
    public void A_union_member_that_is_not_an_object_is_malformed_json(string json)
    {
        var read = () => JsonSerializer.Deserialize(json, WispGateJsonContext.Default.WorkflowTrigger);

        read.Should().Throw<JsonException>().WithMessage("*object*WorkflowTrigger*");
    }
}
