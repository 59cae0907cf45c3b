using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// The formats the contract uses, as the server can honour them: <c>date-time</c> and <c>date</c> only when the value
/// is a representable instant or day (JsonSchema.Net's own checks throw on year 0000 and accept values .NET cannot
/// read), <c>int32</c>/<c>int64</c> only within their ranges. Every schema evaluation uses this registry, so each
/// field and parameter of every operation is covered in one place.
/// </summary>
internal static class ContractFormats
{
    /// <summary>The registry for <see cref="EvaluationOptions.FormatRegistry"/>; other formats fall back to the library's.</summary>
    public static FormatRegistry Registry { get; } = Create();

    /// <summary>What a format accepts, for messages (empty for the self-explanatory ones).</summary>
    public static string Hint(string? format) => format switch
    {
        "date-time" => " (RFC 3339, e.g. 2026-04-13T10:21:00Z, an instant within years 0001–9999)",
        "date" => " (YYYY-MM-DD, a day within years 0001–9999)",
        "int64" => " (a whole number within 64 bits)",
        "int32" => " (a whole number within 32 bits)",
        _ => string.Empty,
    };

    private static FormatRegistry Create()
    {
        var registry = new FormatRegistry();
        registry.Register(new PredicateFormat("date-time", element => element.ValueKind != JsonValueKind.String || WireTimestamp.TryParse(element.GetString(), out _)));
        registry.Register(new PredicateFormat("date", element => element.ValueKind != JsonValueKind.String || IsDate(element.GetString())));
        registry.Register(new PredicateFormat("int64", element => element.ValueKind != JsonValueKind.Number || element.TryGetInt64(out _)));
        registry.Register(new PredicateFormat("int32", element => element.ValueKind != JsonValueKind.Number || element.TryGetInt32(out _)));
        return registry;
    }

    private static bool IsDate(string? text) =>
        text is { Length: 10 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
