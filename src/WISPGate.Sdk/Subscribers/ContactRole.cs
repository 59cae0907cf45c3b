using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Subscribers;

/// <summary>What a subscriber contact is reached for.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ContactRole>))]
public enum ContactRole
{
    /// <summary>A role this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>billing</c>: receives invoices and payment notices.</summary>
    Billing,

    /// <summary><c>technical</c>: the person on site for installs and outages.</summary>
    Technical,

    /// <summary><c>primary</c>: the main contact of the account.</summary>
    Primary,
}
