using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>
/// Every example in the document (request bodies, responses, parameters, headers) validates against its schema, so the
/// mock server and the SDK's serialization tests can use them as they are.
/// </summary>
public sealed class ExampleTests
{
    /// <summary>JSON pointers of every object that has a schema and examples.</summary>
    public static TheoryData<string> ExampleLocations()
    {
        var locations = new List<string>();
        Collect(ContractDocument.Raw, string.Empty);
        return new TheoryData<string>(locations);

        void Collect(JsonNode? node, string pointer)
        {
            if (node is JsonObject o)
            {
                if (o.ContainsKey("schema") && (o.ContainsKey("examples") || o.ContainsKey("example")))
                {
                    locations.Add(pointer);
                }

                foreach (var (key, value) in o)
                {
                    Collect(value, $"{pointer}/{key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}");
                }
            }
            else if (node is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], $"{pointer}/{i}");
                }
            }
        }
    }

    [Fact]
    public void Examples_are_found_in_every_part_of_the_document()
    {
        var locations = ExampleLocations().Select(row => (string)row.Data).ToList();

        locations.Should().HaveCountGreaterThan(100);
        locations.Should().Contain(l => l.StartsWith("/paths/", StringComparison.Ordinal) && l.Contains("/requestBody/", StringComparison.Ordinal));
        locations.Should().Contain(l => l.StartsWith("/components/responses/", StringComparison.Ordinal));
        locations.Should().Contain(l => l.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_rejects_values_that_break_their_schema()
    {
        var request = JsonNode.Parse("""{"status": "prospect", "email": "not-an-email", "phone": "12"}""");
        var money = JsonNode.Parse("""{"amount": 4999, "currency": "usd"}""");

        ContractSchemas.Validate(Ref("CreateSubscriberRequest"), request).Should().HaveCountGreaterThanOrEqualTo(3, "full_name is missing, email and phone are malformed");
        ContractSchemas.Validate(Ref("Money"), money).Should().NotBeEmpty("the currency is lower case");
        ContractSchemas.Validate(Ref("Money"), JsonNode.Parse("""{"amount": 4999, "currency": "USD"}""")).Should().BeEmpty();

        static JsonNode Ref(string name) => new JsonObject { ["$ref"] = $"#/components/schemas/{name}" };
    }

    [Theory]
    [MemberData(nameof(ExampleLocations))]
    public void Example_validates_against_its_schema(string location)
    {
        var holder = ContractDocument.Resolve(location)!.AsObject();
        var schema = holder["schema"]!;
        var values = new List<(string Name, JsonNode? Value)>();
        if (holder["example"] is { } single)
        {
            values.Add(("example", single));
        }

        foreach (var (name, example) in holder["examples"]?.AsObject() ?? [])
        {
            values.Add((name, ContractDocument.Deref(example!)["value"]));
        }

        foreach (var (name, value) in values)
        {
            ContractSchemas.Validate(schema, value).Should().BeEmpty($"example '{name}' at {location} matches its schema");
        }
    }
}
