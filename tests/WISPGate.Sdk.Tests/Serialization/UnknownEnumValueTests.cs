using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Serialization;

/// <summary>
/// Issue #19: an enum value this SDK version does not know reads as <c>Unknown</c> and keeps its raw wire string in the
/// property's generated <c>…Raw</c> sibling, so it can be logged and sent back. Every enum property of every public
/// model is found by reflection, so a new model or enum is covered without touching this class.
/// </summary>
public sealed class UnknownEnumValueTests
{
    private const string FutureValue = "a_value_from_the_future";

    private static readonly Assembly s_sdk = typeof(IWispGateClient).Assembly;

    /// <summary>Every enum the SDK reads tolerantly (member 0 is <c>Unknown</c>).</summary>
    private static readonly IReadOnlyList<Type> s_enums = s_sdk.GetExportedTypes()
        .Where(type => type.IsEnum && type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
            && converter.GetGenericTypeDefinition() == typeof(TolerantEnumConverter<>))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every enum property of a public model (list options are query strings, not JSON).</summary>
    private static readonly IReadOnlyList<PropertyInfo> s_enumProperties = s_sdk.GetExportedTypes()
        .Where(type => type.IsClass && !typeof(ListOptions).IsAssignableFrom(type) && !typeof(Exception).IsAssignableFrom(type))
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Where(property => EnumOf(property.PropertyType) is not null && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        .OrderBy(property => property.DeclaringType!.FullName + "." + property.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Options that read a model without its other required members, so one property can be tried alone.</summary>
    private static readonly JsonSerializerOptions s_partialModels = new(WispGateJson.Options)
    {
        TypeInfoResolver = WispGateJson.Options.TypeInfoResolver!.WithAddedModifier(typeInfo =>
        {
            foreach (var property in typeInfo.Properties)
            {
                property.IsRequired = false;
            }
        }),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Enums => new(s_enums.Select(type => type.Name));

    public static TheoryData<string, string> EnumProperties => new(s_enumProperties.Select(property => (property.DeclaringType!.Name, property.Name)));

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_is_used_by_a_model_property_that_keeps_raw_values(string enumName)
    {
        var enumType = s_enums.Single(type => type.Name == enumName);

        s_enumProperties.Where(property => EnumOf(property.PropertyType) == enumType)
            .Should().NotBeEmpty($"{enumName} is only covered by the round trip below through the models that use it");
    }

    [Theory]
    [MemberData(nameof(EnumProperties))]
    public void An_unknown_value_reads_as_Unknown_keeps_its_raw_string_and_is_written_back_unchanged(string modelName, string propertyName)
    {
        var property = s_enumProperties.Single(candidate => candidate.DeclaringType!.Name == modelName && candidate.Name == propertyName);
        var model = property.DeclaringType!;
        var raw = model.GetProperty(propertyName + "Raw");
        raw.Should().NotBeNull($"{modelName}.{propertyName} needs its generated {propertyName}Raw sibling");

        var isList = IsList(property.PropertyType);
        JsonNode unknownValue = isList ? new JsonArray(KnownWire(EnumOf(property.PropertyType)!), FutureValue) : FutureValue;
        var json = JsonWithEveryEnumKnown(model);
        json[WireName(property)] = unknownValue.DeepClone();

        var read = JsonSerializer.Deserialize(json.ToJsonString(), s_partialModels.GetTypeInfo(model))!;

        if (isList)
        {
            ((IEnumerable)property.GetValue(read)!).Cast<object>().Select(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))
                .Should().Equal([KnownValue(EnumOf(property.PropertyType)!), 0], "the known item reads as its member, the unknown one as Unknown");
            raw!.GetValue(read).Should().BeEquivalentTo(new[] { KnownWire(EnumOf(property.PropertyType)!), FutureValue }, options => options.WithStrictOrdering());
        }
        else
        {
            Convert.ToInt32(property.GetValue(read), System.Globalization.CultureInfo.InvariantCulture).Should().Be(0, "a value this SDK does not know reads as Unknown");
            raw!.GetValue(read).Should().Be(FutureValue, "the raw wire string is kept for logs and to send it back");
        }

        var written = JsonNode.Parse(JsonSerializer.Serialize(read, s_partialModels.GetTypeInfo(model)))!.AsObject();
        JsonNode.DeepEquals(written[WireName(property)], unknownValue).Should().BeTrue($"{modelName} writes {written[WireName(property)]?.ToJsonString()} back, the raw value as received");
        written.Select(pair => pair.Key).Should().NotContain(name => name.EndsWith("_raw", StringComparison.Ordinal), "the raw sibling is the enum's own JSON property, not a second one");
    }

    [Theory]
    [MemberData(nameof(EnumProperties))]
    public void A_known_value_reads_as_its_member_and_its_raw_string_is_the_wire_value(string modelName, string propertyName)
    {
        var property = s_enumProperties.Single(candidate => candidate.DeclaringType!.Name == modelName && candidate.Name == propertyName);
        var model = property.DeclaringType!;
        var json = JsonWithEveryEnumKnown(model);

        var read = JsonSerializer.Deserialize(json.ToJsonString(), s_partialModels.GetTypeInfo(model))!;

        var known = KnownWire(EnumOf(property.PropertyType)!);
        var rawValue = model.GetProperty(propertyName + "Raw")!.GetValue(read);
        (IsList(property.PropertyType) ? ((IEnumerable<string>)rawValue!).Single() : rawValue).Should().Be(known);
        var written = JsonNode.Parse(JsonSerializer.Serialize(read, s_partialModels.GetTypeInfo(model)))!;
        JsonNode.DeepEquals(written[WireName(property)], json[WireName(property)]).Should().BeTrue("a known value is written as it was read");
    }

    [Fact]
    public async Task A_ticket_in_a_state_this_SDK_does_not_know_is_logged_and_sent_back_with_its_raw_value()
    {
        using var harness = SdkHarness.Start();
        const string ticketJson = """
            { "id": "tkt_1", "subject": "Slow", "description": "Evenings", "status": "escalated_to_vendor", "priority": "p0",
              "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }
            """;
        harness.Server.Given(Request.Create().WithPath("/api/v1/tickets/tkt_1").UsingGet()).RespondWith(Stubs.JsonResponse(200, Json.Envelope(ticketJson)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/tickets/tkt_1").UsingPatch()).RespondWith(Stubs.JsonResponse(200, Json.Envelope(ticketJson)));

        var ticket = (await harness.Client.Tickets.GetAsync("tkt_1", cancellationToken: Ct)).Data;
        await harness.Client.Tickets.UpdateAsync("tkt_1", new UpdateTicketRequest { StatusRaw = ticket.StatusRaw, Assignee = "noc" }, cancellationToken: Ct);

        ticket.Status.Should().Be(TicketStatus.Unknown);
        ticket.StatusRaw.Should().Be("escalated_to_vendor");
        ticket.Priority.Should().Be(TicketPriority.Unknown);
        ticket.PriorityRaw.Should().Be("p0");
        ticket.ToString().Should().Contain("StatusRaw = escalated_to_vendor", "a log line of the record shows the value");
        var patch = harness.Requests.Single(request => request.Method == "PATCH");
        JsonNode.Parse(patch.Body!)!.ToJsonString().Should().Be("""{"status":"escalated_to_vendor","assignee":"noc"}""");
    }

    [Fact]
    public void Assigning_a_raw_value_sets_the_enum_and_assigning_the_enum_sets_the_raw_value()
    {
        var byRaw = new CreateTicketRequest { Subject = "s", Description = "d", PriorityRaw = "high" };
        var byEnum = new CreateTicketRequest { Subject = "s", Description = "d", Priority = TicketPriority.High };
        var patch = new UpdateTicketRequest { Status = TicketStatus.Open };

        byRaw.Priority.Should().Be(TicketPriority.High);
        byRaw.Should().Be(byEnum, "a known value is the same model however it was assigned");
        byEnum.PriorityRaw.Should().Be("high");
        patch.StatusRaw.Should().Be("open");
        (patch with { StatusRaw = "on_hold_by_vendor" }).Status.Should().Be(TicketStatus.Unknown);
    }

    [Fact]
    public void Unknown_without_a_raw_value_still_cannot_be_sent()
    {
        var create = new CreateTicketRequest { Subject = "s", Description = "d", Priority = TicketPriority.Unknown };

        FluentActions.Invoking(() => JsonSerializer.Serialize(create, WispGateJson.Options.GetTypeInfo(typeof(CreateTicketRequest))))
            .Should().Throw<JsonException>().WithMessage("*priority is Unknown without a raw wire value*");
        FluentActions.Invoking(() => new UpdateTicketRequest { Status = TicketStatus.Unknown })
            .Should().Throw<ArgumentException>().WithMessage("*StatusRaw*");
    }

    /// <summary>A JSON object of the model with a known value in every enum property.</summary>
    private static JsonObject JsonWithEveryEnumKnown(Type model)
    {
        var json = new JsonObject();
        foreach (var property in s_enumProperties.Where(candidate => candidate.DeclaringType == model))
        {
            var known = KnownWire(EnumOf(property.PropertyType)!);
            json[WireName(property)] = IsList(property.PropertyType) ? new JsonArray(known) : known;
        }

        return json;
    }

    private static string WireName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    /// <summary>The first member after <c>Unknown</c>.</summary>
    private static int KnownValue(Type enumType) =>
        Enum.GetValues(enumType).Cast<object>().Select(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).First(value => value != 0);

    private static string KnownWire(Type enumType) =>
        JsonSerializer.Serialize(Enum.ToObject(enumType, KnownValue(enumType)), WispGateJson.Options.GetTypeInfo(enumType)).Trim('"');

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    private static Type? EnumOf(Type type)
    {
        var candidate = Nullable.GetUnderlyingType(type) ?? (IsList(type) ? type.GetGenericArguments()[0] : type);
        return s_enums.Contains(candidate) ? candidate : null;
    }
}
