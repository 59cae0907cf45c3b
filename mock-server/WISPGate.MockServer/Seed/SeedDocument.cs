using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Seed;

/// <summary>A seed file (see <see cref="SeedLoader"/> for the format).</summary>
internal sealed record SeedDocument(
    IReadOnlyList<SeedTenant> Tenants,
    IReadOnlyList<SeedToken> Tokens,
    Dictionary<string, Dictionary<string, JsonArray>>? Data);
