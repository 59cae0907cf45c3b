using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Admin;

/// <summary>The body of <c>POST /__admin/wispgate/clock/advance</c>: any of the parts, added up.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ClockAdvanceRequest(double? Seconds, double? Minutes, double? Hours, double? Days)
{
    /// <summary>The total, or null when it is missing, negative or absurd.</summary>
    public TimeSpan? ToTimeSpan()
    {
        var seconds = (Seconds ?? 0) + ((Minutes ?? 0) * 60) + ((Hours ?? 0) * 3600) + ((Days ?? 0) * 86400);
        return Seconds is null && Minutes is null && Hours is null && Days is null || !double.IsFinite(seconds) || seconds < 0 || seconds > 3650d * 86400
            ? null
            : TimeSpan.FromSeconds(seconds);
    }
}
