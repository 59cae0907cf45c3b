using System.Globalization;
using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// The one reading of the contract's <c>date-time</c> format, shared by the schema check and every place that turns
/// such a value into a <see cref="DateTimeOffset"/>: RFC 3339 (<c>T</c> between date and time, <c>Z</c> or a
/// <c>±hh:mm</c> offset), a real calendar date, and an instant within years 1–9999 once the offset is applied. What
/// passes the check can always be read, so a handler never fails on a timestamp the validation let through.
/// </summary>
internal static partial class WireTimestamp
{
    /// <summary>Reads an RFC 3339 date-time; false for anything the server cannot represent.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null
            && Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    // RFC 3339 section 5.6 (a leap second, :60, is refused: .NET cannot represent it). The calendar and the range
    // are left to DateTimeOffset.TryParse, which also refuses an offset that moves the instant out of years 1–9999.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc3339();
}
