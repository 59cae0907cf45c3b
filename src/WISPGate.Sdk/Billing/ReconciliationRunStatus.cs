using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The state of a reconciliation run: queued → running → completed | failed.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ReconciliationRunStatus>))]
public enum ReconciliationRunStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>queued</c>: accepted, not started.</summary>
    Queued,

    /// <summary><c>running</c>: matching payments to invoices.</summary>
    Running,

    /// <summary><c>completed</c>: done; see its matched and unmatched payments.</summary>
    Completed,

    /// <summary><c>failed</c>: stopped without completing.</summary>
    Failed,
}
