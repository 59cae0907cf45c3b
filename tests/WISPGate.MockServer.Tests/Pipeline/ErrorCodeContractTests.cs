using System.Reflection;
using System.Text.RegularExpressions;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// Every error code the server can send is documented: <c>error.code</c> values in the contract's <c>ErrorCode</c>
/// list, field-level <c>error.details[].code</c> values in <c>ErrorDetailCode</c> — found in the server itself (its
/// <c>ErrorCodes</c> constants, the detail codes its handlers and validator write, and the JSON Schema keywords its
/// validation step reports for the contract's request schemas), so a new code without documentation fails here.
/// </summary>
public sealed partial class ErrorCodeContractTests
{
    /// <summary>Codes the server has that are not answers of the v1 API, with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_notV1Answers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ErrorCodes.AdminFileApiDisabled] = "an answer of the mock server's own admin API (/__admin), not of v1",
        [ErrorCodes.NotImplemented] = "501 for an operation without a handler; every operation of the contract has one (ContractExampleWalkTests calls them all)",
    };

    // The JSON Schema keywords the validation step reports as detail codes (the failing keyword in snake_case).
    private static readonly string[] s_validationKeywords =
    [
        "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "additionalProperties",
        "unevaluatedProperties", "propertyNames", "oneOf", "anyOf", "not", "if", "dependentRequired", "dependentSchemas", "contains",
    ];

    [Fact]
    public void Every_error_code_the_server_answers_with_is_in_the_contracts_ErrorCode_list()
    {
        var sent = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(code => !s_notV1Answers.ContainsKey(code))
            .ToList();

        sent.Should().NotBeEmpty();
        EnumOf("ErrorCode").Should().Contain(sent, "every error.code the server sends is documented in ErrorCode");
    }

    [Fact]
    public void Every_detail_code_the_server_writes_is_in_the_contracts_ErrorDetailCode_list()
    {
        var sent = DetailCodesInSource().Concat(KeywordCodesOfRequestSchemas()).ToHashSet(StringComparer.Ordinal);

        sent.Should().Contain(["required", "pattern", "unknown_reference", "archived", "unchanged", "out_of_range"], "the scan finds the codes it is meant to find");
        EnumOf("ErrorDetailCode").Should().Contain(sent, "every error.details[].code the server sends is documented in ErrorDetailCode");
    }

    [Fact]
    public void Every_documented_detail_code_is_one_the_server_writes()
    {
        var sent = DetailCodesInSource().Concat(KeywordCodesOfRequestSchemas()).ToHashSet(StringComparer.Ordinal);

        EnumOf("ErrorDetailCode").Should().OnlyContain(code => sent.Contains(code), "ErrorDetailCode documents codes that can occur, not a wish list");
    }

    private static List<string> EnumOf(string schema) =>
        ContractFile.Root.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("enum")
            .EnumerateArray().Select(value => value.GetString()!).ToList();

    /// <summary>
    /// The literal codes of <c>ApiResult.Invalid(field, "code", …)</c> and <c>new SchemaViolation(field, "code", …)</c>
    /// in the server's sources, plus the validator's missing-field code.
    /// </summary>
    private static IEnumerable<string> DetailCodesInSource()
    {
        var directory = typeof(ErrorCodeContractTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "MockServerSourceDirectory").Value!;
        var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        files.Should().NotBeEmpty($"the mock server's sources are under {directory}");

        var codes = new List<string> { WISPGate.MockServer.Contract.SchemaViolation.MissingCode };
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            codes.AddRange(InvalidCall().Matches(text).Select(match => match.Groups["code"].Value));
            codes.AddRange(ViolationConstruction().Matches(text).Select(match => match.Groups["code"].Value));
        }

        return codes;
    }

    /// <summary>The detail codes of the JSON Schema keywords used by any request body schema of the contract.</summary>
    private static IEnumerable<string> KeywordCodesOfRequestSchemas()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in ContractFile.Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("requestBody", out _)))
            {
                var requestBody = Resolve(operation.Value.GetProperty("requestBody"));
                foreach (var media in requestBody.GetProperty("content").EnumerateObject())
                {
                    Collect(media.Value.GetProperty("schema"), found, visited);
                }
            }
        }

        return found.Select(SnakeCase);
    }

    private static void Collect(JsonElement schema, HashSet<string> found, HashSet<string> visited)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference) && visited.Add(reference.GetString()!))
        {
            Collect(Resolve(schema), found, visited);
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (s_validationKeywords.Contains(keyword.Name, StringComparer.Ordinal))
            {
                found.Add(keyword.Name);
            }

            switch (keyword.Name)
            {
                case "properties" or "patternProperties" or "$defs":
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        Collect(property.Value, found, visited);
                    }

                    break;
                case "items" or "additionalProperties" or "propertyNames" or "not" or "contains" or "if" or "then" or "else":
                    Collect(keyword.Value, found, visited);
                    break;
                case "oneOf" or "anyOf" or "allOf" or "prefixItems":
                    foreach (var alternative in keyword.Value.EnumerateArray())
                    {
                        Collect(alternative, found, visited);
                    }

                    break;
            }
        }
    }

    private static JsonElement Resolve(JsonElement node)
    {
        if (!node.TryGetProperty("$ref", out var reference))
        {
            return node;
        }

        var target = ContractFile.Root;
        foreach (var segment in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            target = target.GetProperty(segment);
        }

        return target;
    }

    private static string SnakeCase(string keyword) =>
        string.Concat(keyword.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    [GeneratedRegex("""\bInvalid\(\s*[^;]*?,\s*"(?<code>[a-z_]+)",""", RegexOptions.Singleline)]
    private static partial Regex InvalidCall();

    [GeneratedRegex("""new SchemaViolation\([^;]*?,\s*"(?<code>[a-z_]+)",""", RegexOptions.Singleline)]
    private static partial Regex ViolationConstruction();
}
