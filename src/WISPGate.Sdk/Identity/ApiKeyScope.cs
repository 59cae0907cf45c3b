using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Identity;

/// <summary>A scope of an API key. New scopes may be added: an unknown one reads as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ApiKeyScope>))]
public enum ApiKeyScope
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>read</c>: GET requests.</summary>
    Read,

    /// <summary><c>write</c>: POST, PATCH and DELETE requests.</summary>
    Write,

    /// <summary><c>admin</c>: managing API keys.</summary>
    Admin,
}
