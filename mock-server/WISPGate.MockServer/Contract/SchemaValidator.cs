using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// Evaluates an instance against a compiled contract schema (format assertion on) and explains every
/// failure as a <see cref="SchemaViolation"/>, reading the failing keyword's value from the document.
/// </summary>
internal static class SchemaValidator
{
    // A valid instance (nearly every request) needs only the verdict; the detailed output, which allocates a node
    // per evaluated keyword, is computed for the rare invalid one.
    private static readonly EvaluationOptions VerdictOptions = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
        FormatRegistry = ContractFormats.Registry,
    };

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
        FormatRegistry = ContractFormats.Registry,
    };

    /// <summary>
    /// The violations of <paramref name="instance"/> (empty when valid). With <paramref name="schemaElement"/>
    /// given, a required property sent as <c>null</c> counts as missing, as the contract says.
    /// </summary>
    public static IReadOnlyList<SchemaViolation> Validate(JsonSchema schema, JsonElement instance, JsonElement? schemaElement = null)
    {
        if (NumberRange.Violations(instance) is { Count: > 0 } outOfRange)
        {
            return outOfRange;
        }

        if (schema.Evaluate(instance, VerdictOptions).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(instance, Options);
        if (results.IsValid)
        {
            return [];
        }

        var violations = new List<SchemaViolation>();
        Collect(results, instance, violations);
        if (violations.Count == 0)
        {
            violations.Add(new SchemaViolation(string.Empty, "schema", "The value does not match the schema."));
        }

        if (schemaElement is not null)
        {
            for (var i = 0; i < violations.Count; i++)
            {
                var path = FieldSegments(violations[i].Field);
                if (violations[i].Code == "type" && path.Count > 0 && IsNullAt(instance, path) && SchemaTypes.IsRequired(schemaElement, path))
                {
                    violations[i] = new SchemaViolation(violations[i].Field, SchemaViolation.MissingCode, $"{violations[i].Field} is required.");
                }
            }
        }

        return violations.Distinct().ToList();
    }

    private static List<string> FieldSegments(string field) =>
        field.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool IsNullAt(JsonElement instance, IReadOnlyList<string> path) =>
        JsonPointers.Resolve(instance, "/" + string.Join('/', path.Select(JsonPointers.Escape))) is { ValueKind: JsonValueKind.Null };

    // Descend only into failing nodes: a branch that failed inside a passing anyOf is not an error.
    private static void Collect(EvaluationResults node, JsonElement instance, List<SchemaViolation> violations)
    {
        if (node.IsValid || Discriminated(node, instance, violations))
        {
            return;
        }

        if (node.Errors is { Count: > 0 } errors)
        {
            foreach (var (key, message) in errors)
            {
                var keyword = key.Length > 0 ? key : LastSegment(node.EvaluationPath.ToString());
                violations.AddRange(Explain(keyword, message, node, instance));
            }
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, instance, violations);
        }
    }

    // A discriminated union (oneOf + discriminator) explains only the branch its discriminator names — "actions[0].duration
    // does not match the pattern", not every other branch's required fields — and an unknown or missing discriminator as
    // such. True when it explained the node.
    private static bool Discriminated(EvaluationResults node, JsonElement instance, List<SchemaViolation> violations)
    {
        var schema = ContractDocument.Instance.Resolve(node.SchemaLocation.ToString());
        if (schema is not { ValueKind: JsonValueKind.Object } union
            || !union.TryGetProperty("discriminator", out var discriminator)
            || !union.TryGetProperty("oneOf", out var branches)
            || !discriminator.TryGetProperty("propertyName", out var propertyName)
            || JsonPointers.Resolve(instance, node.InstanceLocation.ToString()) is not { ValueKind: JsonValueKind.Object } value)
        {
            return false;
        }

        var location = node.InstanceLocation.ToString();
        var property = propertyName.GetString()!;
        var field = JsonPointers.ToFieldPath(location, property);
        if (!value.TryGetProperty(property, out var tag) || tag.ValueKind == JsonValueKind.Null)
        {
            violations.Add(new SchemaViolation(field, SchemaViolation.MissingCode, $"{field} is required."));
            return true;
        }

        var mapping = discriminator.TryGetProperty("mapping", out var map) && map.ValueKind == JsonValueKind.Object ? map : default;
        var target = tag.ValueKind == JsonValueKind.String && mapping.ValueKind == JsonValueKind.Object && mapping.TryGetProperty(tag.GetString()!, out var reference)
            ? reference.GetString()
            : null;
        var index = branches.EnumerateArray().Select((branch, i) => (branch, i))
            .Where(b => target is not null && b.branch.TryGetProperty("$ref", out var r) && r.GetString() == target)
            .Select(b => b.i)
            .DefaultIfEmpty(-1)
            .First();
        if (index < 0)
        {
            var known = mapping.ValueKind == JsonValueKind.Object ? string.Join(", ", mapping.EnumerateObject().Select(m => m.Name)) : string.Empty;
            violations.Add(new SchemaViolation(field, "enum", $"{field} must be one of: {known}."));
            return true;
        }

        var suffix = string.Create(CultureInfo.InvariantCulture, $"/oneOf/{index}");
        var chosen = (node.Details ?? []).FirstOrDefault(d => d.EvaluationPath.ToString().EndsWith(suffix, StringComparison.Ordinal));
        if (chosen is null)
        {
            return false;
        }

        Collect(chosen, instance, violations);
        return true;
    }

    private static IEnumerable<SchemaViolation> Explain(string keyword, string libraryMessage, EvaluationResults node, JsonElement instance)
    {
        var location = node.InstanceLocation.ToString();
        var field = JsonPointers.ToFieldPath(location);
        var schema = ContractDocument.Instance.Resolve(node.SchemaLocation.ToString());
        var subject = field.Length == 0 ? "The body" : field;
        JsonElement? Value(string name) => schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(name, out var v) ? v : null;

        switch (keyword)
        {
            case "required":
                var present = JsonPointers.Resolve(instance, location);
                var required = Value("required")?.EnumerateArray().Select(e => e.GetString()!) ?? [];
                foreach (var name in required.Where(n => present is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(n, out _)))
                {
                    var missing = JsonPointers.ToFieldPath(location, name);
                    yield return new SchemaViolation(missing, SchemaViolation.MissingCode, $"{missing} is required.");
                }

                yield break;
            case "type":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be {Describe(Value("type"))}, not {KindOf(JsonPointers.Resolve(instance, location))}.");
                yield break;
            case "enum":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be one of: {string.Join(", ", Value("enum")?.EnumerateArray().Select(e => e.ToString()) ?? [])}.");
                yield break;
            case "const":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be {Value("const")}.");
                yield break;
            case "format":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be a valid {Value("format")?.GetString()}{ContractFormats.Hint(Value("format")?.GetString())}.");
                yield break;
            case "pattern":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must match {Value("pattern")?.GetString()}.");
                yield break;
            case "minLength" or "minItems" or "minProperties":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must have at least {Value(keyword)} {Unit(keyword, Value(keyword))}.");
                yield break;
            case "maxLength" or "maxItems" or "maxProperties":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must have at most {Value(keyword)} {Unit(keyword, Value(keyword))}.");
                yield break;
            case "minimum" or "exclusiveMinimum" or "maximum" or "exclusiveMaximum":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be {Comparison(keyword)} {Value(keyword)}.");
                yield break;
            case "multipleOf":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must be a multiple of {Value(keyword)}.");
                yield break;
            case "uniqueItems":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} must not repeat items.");
                yield break;
            case "additionalProperties" or "unevaluatedProperties" or "propertyNames":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} is not a field of this request.");
                yield break;
            case "oneOf" or "anyOf" or "not" or "if" or "then" or "else":
                yield return new SchemaViolation(field, Code(keyword), $"{subject} does not match any accepted form.");
                yield break;
            default:
                yield return new SchemaViolation(field, Code(keyword), $"{subject}: {libraryMessage}");
                yield break;
        }
    }

    // The detail code is the failing keyword in snake_case: minLength → min_length.
    private static string Code(string keyword) =>
        string.Concat(keyword.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string LastSegment(string pointer) => JsonPointers.Segments(pointer) is { Count: > 0 } s ? s[^1] : string.Empty;

    // "at least 1 character", "at most 64 characters".
    private static string Unit(string keyword, JsonElement? bound)
    {
        var (one, many) = keyword switch
        {
            "minLength" or "maxLength" => ("character", "characters"),
            "minItems" or "maxItems" => ("item", "items"),
            _ => ("property", "properties"),
        };
        return bound is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var value) && value == 1 ? one : many;
    }

    private static string Comparison(string keyword) => keyword switch
    {
        "minimum" => "at least",
        "exclusiveMinimum" => "greater than",
        "maximum" => "at most",
        _ => "less than",
    };

    private static string Describe(JsonElement? type) => type switch
    {
        { ValueKind: JsonValueKind.String } t => Article(t.GetString()!),
        { ValueKind: JsonValueKind.Array } a => string.Join(" or ", a.EnumerateArray().Select(e => Article(e.GetString()!))),
        _ => "of another type",
    };

    private static string Article(string type) => type switch
    {
        "null" => "null",
        "integer" or "object" or "array" => "an " + type,
        _ => "a " + type,
    };

    private static string KindOf(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.Value.TryGetInt64(out _) ? "an integer" : "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => string.Create(CultureInfo.InvariantCulture, $"{value?.ValueKind}"),
    };
}
