using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The outcome of one import row.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ImportRowStatus>))]
public enum ImportRowStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>created</c>: a new subscriber.</summary>
    Created,

    /// <summary><c>updated</c>: an existing subscriber (matched on external id) took the row's fields.</summary>
    Updated,

    /// <summary><c>unchanged</c>: the subscriber exists and was left as it is.</summary>
    Unchanged,

    /// <summary><c>failed</c>: the row was refused; <see cref="ImportRowResult.Error"/> says why.</summary>
    Failed,
}
