using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Identity;

/// <summary>
/// The environment a key belongs to, also visible in its prefix. A key works only in its own environment
/// (else 401 <c>wrong_environment</c>).
/// </summary>
[JsonConverter(typeof(TolerantEnumConverter<ApiKeyEnvironment>))]
public enum ApiKeyEnvironment
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>test</c>: <c>wgk_test_…</c> keys, for sandboxes and the mock server.</summary>
    Test,

    /// <summary><c>live</c>: <c>wgk_live_…</c> keys, for production.</summary>
    Live,
}
