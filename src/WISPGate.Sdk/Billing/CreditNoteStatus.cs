using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Billing;

/// <summary>The state of a credit note: issued → void (final).</summary>
[JsonConverter(typeof(TolerantEnumConverter<CreditNoteStatus>))]
public enum CreditNoteStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>issued</c>: lowers its invoice's amount due.</summary>
    Issued,

    /// <summary><c>void</c>: withdrawn; final.</summary>
    Void,
}
