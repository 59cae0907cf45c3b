using WISPGate.MockServer.Contract;

namespace WISPGate.MockServer;

/// <summary>
/// The pending faults of a server. Rules apply in the order they were added; each matching request
/// uses up one of a rule's <see cref="FaultRule.Times"/>. Also reachable over HTTP at
/// <c>POST|GET|DELETE /__admin/wispgate/faults</c>.
/// </summary>
public sealed class FaultInjector
{
    private const int MaxDelayMilliseconds = 300_000;
    private readonly List<PendingRule> _pending = [];
    private readonly Lock _gate = new();
    private volatile bool _hasPending;

    internal FaultInjector()
    {
    }

    /// <summary>The rules still pending, with their remaining <see cref="FaultRule.Times"/>.</summary>
    public IReadOnlyList<FaultRule> Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Select(p => p.Rule with { Times = p.Remaining }).ToList();
            }
        }
    }

    /// <summary>Adds a rule.</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (see <see cref="Validate"/>).</exception>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Validate(rule) is { } problem)
        {
            throw new ArgumentException(problem, nameof(rule));
        }

        lock (_gate)
        {
            _pending.Add(new PendingRule(rule with { Method = rule.Method.ToUpperInvariant() }, rule.Times));
            _hasPending = true;
        }
    }

    /// <summary>Removes every pending rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
            _hasPending = false;
        }
    }

    /// <summary>Explains what is wrong with a rule, or returns null when it is usable.</summary>
    public static string? Validate(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule switch
        {
            { Method: null or "" } => "method is required (an HTTP method or *).",
            { Path: null or "" } or { Path: [not '/', ..] } => "path is required and must start with /.",
            { Times: < 1 } => "times must be at least 1.",
            { Status: < 400 or > 599 } => "status must be between 400 and 599.",
            { RetryAfterSeconds: < 0 } => "retry_after must not be negative.",
            { RetryAfterSeconds: not null, Status: null } => "retry_after needs a status.",
            { DelayMilliseconds: < 0 or > MaxDelayMilliseconds } => $"delay_ms must be between 0 and {MaxDelayMilliseconds}.",
            { DropBefore: true, DropAfterCommit: true } => "drop_before and drop_after_commit exclude each other.",
            { Status: not null, DropBefore: true } or { Status: not null, DropAfterCommit: true } => "a fault either answers with a status or drops the connection, not both.",
            { Status: null, DropBefore: false, DropAfterCommit: false, DelayMilliseconds: 0 } => "a fault needs a status, a delay_ms or a drop.",
            _ => null,
        };
    }

    /// <summary>Whether any rule is pending: a lock-free check, so requests skip the fault lookup when there is none.</summary>
    internal bool HasPending => _hasPending;

    /// <summary>Takes one use of the first rule matching the request, if any.</summary>
    internal FaultRule? Take(string method, string path, RouteTemplate? template)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(p =>
                (p.Rule.Method == "*" || p.Rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
                && (p.Rule.Path == path || (template is not null && p.Rule.Path == template.Template)));
            if (index < 0)
            {
                return null;
            }

            var pending = _pending[index];
            if (pending.Remaining <= 1)
            {
                _pending.RemoveAt(index);
                _hasPending = _pending.Count > 0;
            }
            else
            {
                _pending[index] = pending with { Remaining = pending.Remaining - 1 };
            }

            return pending.Rule;
        }
    }

    private sealed record PendingRule(FaultRule Rule, int Remaining);
}
