using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Admin;

/// <summary>The body of <c>POST /__admin/wispgate/faults</c> (unknown fields are refused, to catch typos).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record FaultRequest(
    string? Method,
    string? Path,
    int? Status,
    int? RetryAfter,
    int? DelayMs,
    bool? DropBefore,
    bool? DropAfterCommit,
    int? Times)
{
    /// <summary>The rule this request describes.</summary>
    public FaultRule ToRule() => new()
    {
        Method = Method ?? string.Empty,
        Path = Path ?? string.Empty,
        Status = Status,
        RetryAfterSeconds = RetryAfter,
        DelayMilliseconds = DelayMs ?? 0,
        DropBefore = DropBefore ?? false,
        DropAfterCommit = DropAfterCommit ?? false,
        Times = Times ?? 1,
    };

    /// <summary>The wire form of a rule.</summary>
    public static FaultRequest From(FaultRule rule) =>
        new(rule.Method, rule.Path, rule.Status, rule.RetryAfterSeconds, rule.DelayMilliseconds, rule.DropBefore, rule.DropAfterCommit, rule.Times);
}
