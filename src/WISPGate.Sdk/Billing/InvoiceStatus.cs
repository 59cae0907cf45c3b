using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The lifecycle of an invoice: draft → open (finalize) → paid; draft or open without payments → void; open → uncollectible (still payable). Paid and void are final.</summary>
[JsonConverter(typeof(TolerantEnumConverter<InvoiceStatus>))]
public enum InvoiceStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>draft</c>: editable, not yet owed.</summary>
    Draft,

    /// <summary><c>open</c>: finalized and owed.</summary>
    Open,

    /// <summary><c>paid</c>: fully paid by payments or credit notes; final.</summary>
    Paid,

    /// <summary><c>void</c>: cancelled, nothing owed; final.</summary>
    Void,

    /// <summary><c>uncollectible</c>: written off as unlikely to be paid; still payable.</summary>
    Uncollectible,
}
