using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// Conditions and checks (<c>{field, operator, value}</c>), <c>{{path}}</c> placeholders and ISO 8601 durations — the
/// small language of workflows.
/// </summary>
internal static partial class WorkflowConditions
{
    /// <summary>The longest wait.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(366);

    /// <summary>How a condition came out.</summary>
    public readonly record struct Outcome(bool Holds, JsonElement? Actual);

    /// <summary>Evaluates a <c>field</c> condition (or a check action) with a path resolver; any other type never holds.</summary>
    public static Outcome Evaluate(JsonElement condition, Func<string, JsonElement?> resolve)
    {
        var field = WorkflowSubjects.Text(condition, "field");
        var op = WorkflowSubjects.Text(condition, "operator");
        if (field is null || op is null)
        {
            return new Outcome(false, null);
        }

        var actual = resolve(field);
        var present = actual is { ValueKind: not JsonValueKind.Null };
        condition.TryGetProperty("value", out var expected);
        var holds = op switch
        {
            "exists" => present,
            "eq" => present && Equal(actual!.Value, expected),
            "neq" => !present || !Equal(actual!.Value, expected),
            "in" => present && expected.ValueKind == JsonValueKind.Array && expected.EnumerateArray().Any(e => Equal(actual!.Value, e)),
            "gt" => present && Compare(actual!.Value, expected) is > 0,
            "gte" => present && Compare(actual!.Value, expected) is >= 0,
            "lt" => present && Compare(actual!.Value, expected) is < 0,
            "lte" => present && Compare(actual!.Value, expected) is <= 0,
            _ => false,
        };
        return new Outcome(holds, actual);
    }

    /// <summary>Why a condition cannot be evaluated (a rule the schema does not express), or null.</summary>
    public static string? Problem(JsonElement condition)
    {
        var op = WorkflowSubjects.Text(condition, "operator");
        var hasValue = condition.TryGetProperty("value", out var value) && value.ValueKind != JsonValueKind.Null;
        return op switch
        {
            "exists" => null,
            "in" when value.ValueKind != JsonValueKind.Array => "The operator 'in' needs an array value.",
            "in" => null,
            _ when !hasValue => $"The operator '{op}' needs a value.",
            _ when value.ValueKind == JsonValueKind.Array => $"The operator '{op}' compares with one value, not an array.",
            _ => null,
        };
    }

    /// <summary>Replaces <c>{{path}}</c> placeholders with the resolved values (text as is, other values as JSON, missing as empty).</summary>
    public static string Render(string template, Func<string, JsonElement?> resolve) =>
        Placeholder().Replace(template, match => resolve(match.Groups[1].Value) switch
        {
            null => string.Empty,
            { ValueKind: JsonValueKind.String } text => text.GetString()!,
            { ValueKind: JsonValueKind.Null } => string.Empty,
            { } other => other.GetRawText(),
        });

    /// <summary>Parses an ISO 8601 duration of days and time (<c>P15D</c>, <c>PT12H</c>); null when it is not one or too long.</summary>
    public static TimeSpan? Duration(string? text)
    {
        if (text is null || DurationPattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        static long Part(Group group) => group.Success ? long.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var seconds = (Part(match.Groups["d"]) * 86400) + (Part(match.Groups["h"]) * 3600) + (Part(match.Groups["m"]) * 60) + Part(match.Groups["s"]);
        var duration = TimeSpan.FromSeconds(seconds);
        return duration <= MaxWait ? duration : null;
    }

    private static bool Equal(JsonElement actual, JsonElement expected)
    {
        if (expected.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        if (actual.ValueKind == JsonValueKind.Number && expected.ValueKind == JsonValueKind.Number)
        {
            return actual.GetDouble() == expected.GetDouble();
        }

        if (actual.ValueKind == JsonValueKind.String && expected.ValueKind == JsonValueKind.String)
        {
            return string.Equals(actual.GetString(), expected.GetString(), StringComparison.Ordinal);
        }

        return actual.ValueKind == expected.ValueKind && (actual.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
            || string.Equals(actual.GetRawText(), expected.GetRawText(), StringComparison.Ordinal));
    }

    private static int? Compare(JsonElement actual, JsonElement expected)
    {
        if (actual.ValueKind == JsonValueKind.Number && expected.ValueKind == JsonValueKind.Number)
        {
            return actual.GetDouble().CompareTo(expected.GetDouble());
        }

        return actual.ValueKind == JsonValueKind.String && expected.ValueKind == JsonValueKind.String
            ? Math.Sign(string.CompareOrdinal(actual.GetString(), expected.GetString()))
            : null;
    }

    [GeneratedRegex(@"\{\{\s*([a-z0-9_]+(?:\.[a-z0-9_]+)*)\s*\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^P(?!$)(?:(?<d>[0-9]{1,3})D)?(?:T(?=[0-9])(?:(?<h>[0-9]{1,4})H)?(?:(?<m>[0-9]{1,5})M)?(?:(?<s>[0-9]{1,6})S)?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DurationPattern();
}
