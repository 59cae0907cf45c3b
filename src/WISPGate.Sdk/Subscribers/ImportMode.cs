using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Subscribers;

/// <summary>How an import treats a row whose <c>external_id</c> exists already.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ImportMode>))]
public enum ImportMode
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>create_only</c>: an existing subscriber stays as it is (<see cref="ImportRowStatus.Unchanged"/>).</summary>
    CreateOnly,

    /// <summary><c>upsert</c>: an existing subscriber takes the row's fields (<see cref="ImportRowStatus.Updated"/>, or unchanged when nothing differs).</summary>
    Upsert,
}
