using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Snapshots;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Seed;

/// <summary>
/// Reads a seed — <c>demo</c> (embedded), <c>empty</c> (the demo's tenants and tokens, no data) or a JSON file — once,
/// and turns it into a factory of fresh <see cref="MockState"/>s (start and every reset).
/// <para>Format:</para>
/// <code>
/// { "tenants": [{"id": "tenant_demo_001", "name": "…"}],
///   "tokens":  [{"token": "wgk_test_demo", "scopes": ["read","write","admin"], "tenants": ["tenant_demo_001"], "default_tenant": "tenant_demo_001",
///                "id": "key_000001", "name": "Demo token"}],
///   "data":    {"tenant_demo_001": {"subscribers": [ {…wire format…} ], "services": [ … ], …}} }
/// </code>
/// Collection names are those the domain modules declare (<see cref="DomainRegistry.SeedCollection{T}"/>); items
/// use the API's wire format, oldest first; a missing <c>created_at</c>/<c>updated_at</c> becomes the start time.
/// </summary>
internal static class SeedLoader
{
    /// <summary>The built-in demo seed's name.</summary>
    public const string Demo = "demo";

    /// <summary>The built-in empty seed's name.</summary>
    public const string Empty = "empty";

    private const string DemoResource = "WISPGate.MockServer.Seed.demo-seed.json";

    /// <summary>
    /// Loads a seed; throws <see cref="InvalidDataException"/> with a readable reason when it is unusable. A file whose
    /// top-level object has a <c>format</c> field is a state snapshot (<see cref="StateReader"/>, whole-server scope):
    /// every reset then goes back to its data, clock and idempotency records.
    /// </summary>
    public static Func<MockState> Load(string seed, DomainRegistry registry, TimeProvider clock, StorageLimits limits)
    {
        if (seed is not (Demo or Empty) && File.Exists(seed) && ReadSnapshot(seed, registry, limits) is { } snapshot)
        {
            _ = snapshot.Build(limits); // Fail at start-up, not at the first reset.
            return () => snapshot.Build(limits);
        }

        var document = Parse(seed);
        var state = Build(document, registry, clock, limits);
        _ = state(); // Fail at start-up, not at the first reset.
        return state;
    }

    // The snapshot in a seed file, or null when the file is in the seed format.
    private static StateDocument? ReadSnapshot(string seed, DomainRegistry registry, StorageLimits limits)
    {
        var bytes = File.ReadAllBytes(seed);
        using (var probe = TryParse(bytes))
        {
            if (probe is null || !StateReader.IsSnapshot(probe.RootElement))
            {
                return null;
            }
        }

        StateDocument document;
        try
        {
            document = StateReader.Read(bytes, registry.StateCollections, limits);
        }
        catch (InvalidSnapshotException exception)
        {
            throw new InvalidDataException($"The seed '{seed}' is not a valid state snapshot: {string.Join("; ", exception.Problems.Take(10))}", exception);
        }

        return document.WholeServer
            ? document
            : throw new InvalidDataException($"The seed '{seed}' is a tenant snapshot (exported with ?tenant=); a seed must be a whole-server snapshot (it carries the API keys).");
    }

    private static JsonDocument? TryParse(byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SeedDocument Parse(string seed)
    {
        string text;
        if (seed is Demo or Empty)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DemoResource)!;
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        else if (File.Exists(seed))
        {
            text = File.ReadAllText(seed);
        }
        else
        {
            throw new InvalidDataException($"The seed must be '{Demo}', '{Empty}' or an existing JSON file; '{seed}' is none of them.");
        }

        SeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SeedDocument>(text, WireJson.Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The seed '{seed}' is not a valid seed file: {exception.Message}", exception);
        }

        if (document is null || document.Tenants.Count == 0 || document.Tokens.Count == 0)
        {
            throw new InvalidDataException($"The seed '{seed}' needs at least one tenant and one token.");
        }

        return seed == Empty ? document with { Data = null } : document;
    }

    private static Func<MockState> Build(SeedDocument document, DomainRegistry registry, TimeProvider clock, StorageLimits limits) => () =>
    {
        var ids = new IdGenerator();
        var tenants = document.Tenants.ToDictionary(t => t.Id, t => new TenantData(t.Id, t.Name ?? t.Id, limits), StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var keys = new ApiKeyStore(limits);
        foreach (var token in document.Tokens.Where(t => t.Id is not null))
        {
            ids.Observe(token.Id!);
        }

        foreach (var token in document.Tokens)
        {
            var unknown = token.Tenants.Concat(token.DefaultTenant is null ? [] : [token.DefaultTenant]).FirstOrDefault(t => !tenants.ContainsKey(t));
            if (unknown is not null)
            {
                throw new InvalidDataException($"Token '{ApiKey.PrefixOf(token.Token)}…' names unknown tenant '{unknown}'.");
            }

            if (token.Id is { } id && !id.StartsWith("key_", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Token id '{id}' must start with 'key_'.");
            }

            try
            {
                keys.Keys.Add(new ApiKey
                {
                    Id = token.Id ?? ids.Next("key"),
                    Name = token.Name ?? $"Seed token ({string.Join(", ", token.Scopes)})",
                    Prefix = ApiKey.PrefixOf(token.Token),
                    Scopes = token.Scopes.Distinct(StringComparer.Ordinal).ToList(),
                    Tenants = token.Tenants,
                    DefaultTenant = token.DefaultTenant,
                    Environment = token.Token.StartsWith(ApiKey.LivePrefix, StringComparison.Ordinal) ? ApiKey.LiveEnvironment : ApiKey.TestEnvironment,
                    TokenHash = ApiKeyStore.Hash(token.Token),
                    CreatedAt = now,
                });
            }
            catch (InvalidOperationException exception)
            {
                throw new InvalidDataException($"Seed token ids must be unique: {exception.Message}", exception);
            }
        }

        foreach (var (tenantId, collections) in document.Data ?? new Dictionary<string, Dictionary<string, JsonArray>>())
        {
            if (!tenants.TryGetValue(tenantId, out var tenant))
            {
                throw new InvalidDataException($"Seed data names unknown tenant '{tenantId}'.");
            }

            foreach (var (name, items) in collections)
            {
                if (!registry.SeedCollections.TryGetValue(name, out var load))
                {
                    throw new InvalidDataException($"Unknown seed collection '{name}'; known: {string.Join(", ", registry.SeedCollections.Keys.Order())}.");
                }

                try
                {
                    load(tenant, WithTimestamps(items, now), ids);
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
                {
                    throw new InvalidDataException($"Seed collection '{name}' of '{tenantId}' is invalid: {exception.Message}", exception);
                }
            }
        }

        return new MockState(tenants, keys, document.Tokens.Select(t => t.Token).ToList(), ids);
    };

    private static JsonElement WithTimestamps(JsonArray items, DateTimeOffset now)
    {
        var copy = items.DeepClone().AsArray();
        foreach (var item in copy.OfType<JsonObject>())
        {
            item.TryAdd("created_at", JsonValue.Create(now));
            item.TryAdd("updated_at", item["created_at"]!.DeepClone());
        }

        return JsonSerializer.SerializeToElement(copy);
    }
}
