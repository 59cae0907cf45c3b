using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// Reads and validates a state snapshot before anything is changed: the format and version, the shape of every entry,
/// each entity against its type, unique ids, references inside each tenant (<see cref="StateReferences"/>), money
/// (integer minor units, ISO 4217 currency codes), API keys (hashes only, known tenants), idempotency records and the
/// storage limit. Every problem names its entry: <c>tenants[0].subscribers[3].id</c>.
/// </summary>
internal static partial class StateReader
{
    private static readonly HashSet<string> RootFields = new(StringComparer.Ordinal) { "$schema", "format", "version", "scope", "clock", "id_counters", "api_keys", "tenants" };
    private static readonly HashSet<string> RecordFields = new(StringComparer.Ordinal) { "key", "fingerprint", "created_at", "response" };
    private static readonly HashSet<string> ResponseFields = new(StringComparer.Ordinal) { "status", "request_id", "content_type", "headers", "secrets", "body", "body_base64" };

    /// <summary>Whether a JSON document says it is a state snapshot (its <c>format</c>), so a seed file can be either.</summary>
    public static bool IsSnapshot(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out _);

    /// <summary>Reads a snapshot; throws <see cref="InvalidSnapshotException"/> (400 not JSON, 422 invalid) naming every problem.</summary>
    public static StateDocument Read(ReadOnlyMemory<byte> json, IReadOnlyDictionary<string, StateCollection> collections, StorageLimits limits)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            throw new InvalidSnapshotException(400, [new SnapshotProblem(string.Empty, $"The state snapshot is not valid JSON: {WireJson.Problem(exception)}")]);
        }

        using (document)
        {
            return Read(document.RootElement, collections, limits);
        }
    }

    /// <summary>Reads a snapshot from a parsed document (see <see cref="Read(ReadOnlyMemory{byte}, IReadOnlyDictionary{string, StateCollection}, StorageLimits)"/>).</summary>
    public static StateDocument Read(JsonElement root, IReadOnlyDictionary<string, StateCollection> collections, StorageLimits limits)
    {
        var problems = new SnapshotProblems();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(string.Empty, "A state snapshot is a JSON object.");
            problems.ThrowIfAny();
        }

        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != StateDocument.Format)
        {
            problems.Add("format", $"Must be \"{StateDocument.Format}\" (this is not a WISPGate mock server state snapshot).");
            problems.ThrowIfAny();
        }

        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != StateDocument.Version)
        {
            problems.Add("version", $"Version {(root.TryGetProperty("version", out var v) ? v.GetRawText() : "(missing)")} is not supported: this server reads version {StateDocument.Version}.");
            problems.ThrowIfAny();
        }

        foreach (var property in root.EnumerateObject().Where(p => !RootFields.Contains(p.Name)))
        {
            problems.Add(property.Name, $"Unknown field; a snapshot has {string.Join(", ", RootFields.Where(f => f != "$schema"))}.");
        }

        var wholeServer = true;
        if (root.TryGetProperty("scope", out var scope))
        {
            wholeServer = scope.ValueKind == JsonValueKind.String && scope.GetString() == StateDocument.ServerScope;
            if (!wholeServer && !(scope.ValueKind == JsonValueKind.String && scope.GetString() == StateDocument.TenantScope))
            {
                problems.Add("scope", $"Must be \"{StateDocument.ServerScope}\" or \"{StateDocument.TenantScope}\".");
            }
        }

        var clock = ReadClock(root, problems);
        var counters = ReadCounters(root, problems);
        var tenantIds = root.TryGetProperty("tenants", out var tenantsElement) && tenantsElement.ValueKind == JsonValueKind.Array
            ? tenantsElement.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : null)
                .OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var keys = ReadApiKeys(root, wholeServer, tenantIds, problems);
        var tenants = ReadTenants(root, wholeServer, collections, limits, problems);
        problems.ThrowIfAny();
        return new StateDocument(wholeServer, clock, counters, keys, tenants);
    }

    private static DateTimeOffset? ReadClock(JsonElement root, SnapshotProblems problems)
    {
        if (!root.TryGetProperty("clock", out var clock))
        {
            return null;
        }

        if (clock.ValueKind != JsonValueKind.Object || !clock.TryGetProperty("now", out var now))
        {
            problems.Add("clock", "Must be an object with \"now\" (the server clock's time, RFC 3339).");
            return null;
        }

        foreach (var property in clock.EnumerateObject().Where(p => p.Name != "now"))
        {
            problems.Add($"clock.{property.Name}", "Unknown field; the clock has \"now\".");
        }

        if (now.ValueKind == JsonValueKind.String && WireTimestamp.TryParse(now.GetString(), out var value))
        {
            return value;
        }

        problems.Add("clock.now", "Must be an RFC 3339 date-time (e.g. 2026-04-13T10:21:00Z).");
        return null;
    }

    private static List<KeyValuePair<string, long>> ReadCounters(JsonElement root, SnapshotProblems problems)
    {
        var counters = new List<KeyValuePair<string, long>>();
        if (!root.TryGetProperty("id_counters", out var element))
        {
            return counters;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("id_counters", "Must be an object: the last number handed out per id prefix, e.g. {\"sub\": 184}.");
            return counters;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!PrefixPattern().IsMatch(property.Name))
            {
                problems.Add($"id_counters.{property.Name}", "An id prefix is lower-case letters, digits and '_', starting with a letter.");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt64(out var last) || last < 0 || last > 999_999_999_999)
            {
                problems.Add($"id_counters.{property.Name}", "Must be a whole number from 0 (the last number handed out).");
            }
            else
            {
                counters.Add(new KeyValuePair<string, long>(property.Name, last));
            }
        }

        return counters;
    }

    private static List<ApiKey> ReadApiKeys(JsonElement root, bool wholeServer, HashSet<string> tenantIds, SnapshotProblems problems)
    {
        var keys = new List<ApiKey>();
        if (!root.TryGetProperty("api_keys", out var element))
        {
            if (wholeServer)
            {
                problems.Add("api_keys", "A whole-server snapshot needs its API keys (at least one, or nothing could call the API).");
            }

            return keys;
        }

        if (!wholeServer)
        {
            problems.Add("api_keys", "Only a whole-server snapshot carries API keys (keys span tenants; a tenant snapshot keeps the server's).");
            return keys;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add("api_keys", "Must be a non-empty array of API keys.");
            return keys;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = -1;
        foreach (var item in element.EnumerateArray())
        {
            index++;
            var path = $"api_keys[{index}]";
            if (Deserialize<ApiKey>(item, path, problems) is not { } key)
            {
                continue;
            }

            if (!key.Id.StartsWith("key_", StringComparison.Ordinal))
            {
                problems.Add($"{path}.id", $"'{key.Id}' must start with 'key_'.");
            }
            else if (!seen.TryAdd(key.Id, index))
            {
                problems.Add($"{path}.id", $"Duplicate id '{key.Id}' (also api_keys[{seen[key.Id]}]).");
            }

            if (key.Token is not null)
            {
                problems.Add($"{path}.token", "A snapshot never carries a key's secret, only token_hash (SHA-256 of the token, lower-case hex).");
            }

            if (!HashPattern().IsMatch(key.TokenHash))
            {
                problems.Add($"{path}.token_hash", "Must be the SHA-256 of the token in lower-case hex (64 characters).");
            }

            for (var t = 0; t < key.Tenants.Count; t++)
            {
                if (!tenantIds.Contains(key.Tenants[t]))
                {
                    problems.Add($"{path}.tenants[{t}]", $"Unknown tenant '{key.Tenants[t]}': it is not in the snapshot's tenants.");
                }
            }

            if (key.DefaultTenant is { } defaultTenant && !key.Tenants.Contains(defaultTenant, StringComparer.Ordinal))
            {
                problems.Add($"{path}.default_tenant", $"'{defaultTenant}' is not one of the key's tenants.");
            }

            keys.Add(key);
        }

        return keys;
    }

    private static List<SnapshotTenant> ReadTenants(JsonElement root, bool wholeServer, IReadOnlyDictionary<string, StateCollection> collections, StorageLimits limits, SnapshotProblems problems)
    {
        var tenants = new List<SnapshotTenant>();
        if (!root.TryGetProperty("tenants", out var element) || element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add("tenants", "Must be a non-empty array of tenants.");
            return tenants;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = -1;
        foreach (var tenant in element.EnumerateArray())
        {
            index++;
            var path = $"tenants[{index}]";
            if (tenant.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, "A tenant is an object: {\"id\": …, \"name\": …, \"subscribers\": [ … ], …}.");
                continue;
            }

            if (!tenant.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id)
            {
                problems.Add($"{path}.id", "A tenant needs an id (a non-empty string).");
                continue;
            }

            if (!seen.TryAdd(id, index))
            {
                problems.Add($"{path}.id", $"Duplicate tenant '{id}' (also tenants[{seen[id]}]).");
                continue;
            }

            var name = id;
            if (tenant.TryGetProperty("name", out var nameElement))
            {
                if (nameElement.ValueKind == JsonValueKind.String)
                {
                    name = nameElement.GetString()!;
                }
                else
                {
                    problems.Add($"{path}.name", "Must be a string.");
                }
            }

            var read = new Dictionary<string, IReadOnlyList<IEntity>>(StringComparer.Ordinal);
            IReadOnlyList<IdempotencyRecord> records = [];
            foreach (var property in tenant.EnumerateObject())
            {
                if (property.Name is "id" or "name")
                {
                    continue;
                }

                if (property.Name == "idempotency_records")
                {
                    records = ReadRecords(property.Value, $"{path}.idempotency_records", problems);
                }
                else if (collections.TryGetValue(property.Name, out var collection))
                {
                    read[property.Name] = ReadCollection(collection, property.Value, $"{path}.{property.Name}", problems);
                }
                else
                {
                    problems.Add($"{path}.{property.Name}", $"Unknown collection; known: {string.Join(", ", collections.Keys.Order(StringComparer.Ordinal))} (and idempotency_records).");
                }
            }

            // Every declared collection, in name order (the order entities are added in, and written in).
            var contents = collections.Values.OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => (c, read.TryGetValue(c.Name, out var items) ? items : (IReadOnlyList<IEntity>)[]))
                .ToList();
            StateReferences.Check(path, contents, problems);
            var recordCount = contents.Where(c => !c.c.IsLog).Sum(c => c.Item2.Count);
            if (recordCount > limits.MaxRecords)
            {
                problems.Add(path, $"The tenant holds {recordCount} records; this server keeps at most {limits.MaxRecords} per tenant (--max-records).");
            }

            tenants.Add(new SnapshotTenant(id, name, contents, records));
        }

        return tenants;
    }

    private static List<IEntity> ReadCollection(StateCollection collection, JsonElement element, string path, SnapshotProblems problems)
    {
        var items = new List<IEntity>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, "Must be an array of entities, oldest first.");
            return items;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = -1;
        foreach (var item in element.EnumerateArray())
        {
            index++;
            var itemPath = $"{path}[{index}]";
            var problemsBefore = problems.Count;
            CheckMoney(item, itemPath, problems);
            IEntity entity;
            try
            {
                entity = collection.Read(item);
            }
            catch (JsonException exception)
            {
                problems.Add(itemPath + Suffix(exception.Path), Describe(exception));
                continue;
            }

            if (string.IsNullOrEmpty(entity.Id))
            {
                problems.Add($"{itemPath}.id", "An entity needs an id.");
            }
            else if (!seen.TryAdd(entity.Id, index))
            {
                problems.Add($"{itemPath}.id", $"Duplicate id '{entity.Id}' (also {path}[{seen[entity.Id]}]).");
            }
            else if (problems.Count == problemsBefore)
            {
                items.Add(entity);
            }
        }

        return items;
    }

    // Money is integer minor units with an ISO 4217 code: every "currency" is three capital letters, and an amount
    // object ({"amount": …, "currency": …}) has an integer amount of at least 0.
    private static void CheckMoney(JsonElement element, string path, SnapshotProblems problems)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                CheckMoney(item, $"{path}[{i++}]", problems);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        if (element.TryGetProperty("currency", out var currency) && (currency.ValueKind != JsonValueKind.String || !CurrencyPattern().IsMatch(currency.GetString()!)))
        {
            problems.Add($"{path}.currency", $"{currency.GetRawText()} is not an ISO 4217 currency code (three capital letters, e.g. USD).");
        }

        if (names.Contains("currency") && names.All(n => n is "amount" or "currency")
            && (!element.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number || !amount.TryGetInt64(out var minor) || minor < 0 || amount.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') >= 0))
        {
            problems.Add($"{path}.amount", "Money needs an amount in integer minor units (cents), at least 0.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && property.Name is not ("data" or "trigger" or "actions" or "metadata"))
            {
                CheckMoney(property.Value, $"{path}.{property.Name}", problems);
            }
        }
    }

    private static List<IdempotencyRecord> ReadRecords(JsonElement element, string path, SnapshotProblems problems)
    {
        var records = new List<IdempotencyRecord>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, "Must be an array of idempotency records, oldest first.");
            return records;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = -1;
        foreach (var item in element.EnumerateArray())
        {
            index++;
            var itemPath = $"{path}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(itemPath, "An idempotency record is an object: {\"key\", \"fingerprint\", \"created_at\", \"response\"}.");
                continue;
            }

            var before = problems.Count;
            foreach (var property in item.EnumerateObject().Where(p => !RecordFields.Contains(p.Name)))
            {
                problems.Add($"{itemPath}.{property.Name}", "Unknown field; a record has key, fingerprint, created_at and response.");
            }

            var key = String(item, "key", itemPath, problems);
            if (key is { Length: 0 or > 255 })
            {
                problems.Add($"{itemPath}.key", "An idempotency key is 1 to 255 characters.");
            }
            else if (key is not null && !seen.TryAdd(key, index))
            {
                problems.Add($"{itemPath}.key", $"Duplicate key '{key}' (also {path}[{seen[key]}]).");
            }

            var fingerprint = String(item, "fingerprint", itemPath, problems);
            var createdAt = String(item, "created_at", itemPath, problems);
            var at = default(DateTimeOffset);
            if (createdAt is not null && !WireTimestamp.TryParse(createdAt, out at))
            {
                problems.Add($"{itemPath}.created_at", "Must be an RFC 3339 date-time.");
            }

            var response = item.TryGetProperty("response", out var responseElement)
                ? ReadResponse(responseElement, $"{itemPath}.response", problems)
                : null;
            if (response is null && !item.TryGetProperty("response", out _))
            {
                problems.Add($"{itemPath}.response", "Required: the stored response the key replays.");
            }

            if (problems.Count == before && key is not null && fingerprint is not null && response is not null)
            {
                records.Add(new IdempotencyRecord(key, fingerprint, at, response));
            }
        }

        return records;
    }

    private static RenderedResponse? ReadResponse(JsonElement element, string path, SnapshotProblems problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, "Must be an object: status, request_id, content_type, headers, secrets and body (or body_base64).");
            return null;
        }

        var before = problems.Count;
        foreach (var property in element.EnumerateObject().Where(p => !ResponseFields.Contains(p.Name)))
        {
            problems.Add($"{path}.{property.Name}", "Unknown field.");
        }

        var status = 0;
        if (!element.TryGetProperty("status", out var statusElement) || !statusElement.TryGetInt32(out status) || status is < 200 or > 499)
        {
            problems.Add($"{path}.status", "Must be the stored status: 200 to 499 (only those are stored).");
        }

        var requestId = String(element, "request_id", path, problems);
        var contentType = String(element, "content_type", path, problems);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("headers", out var headersElement))
        {
            if (headersElement.ValueKind != JsonValueKind.Object || headersElement.EnumerateObject().Any(h => h.Value.ValueKind != JsonValueKind.String))
            {
                problems.Add($"{path}.headers", "Must be an object of header names and string values.");
            }
            else
            {
                foreach (var header in headersElement.EnumerateObject())
                {
                    headers[header.Name] = header.Value.GetString()!;
                }
            }
        }

        var secrets = new List<string>();
        if (element.TryGetProperty("secrets", out var secretsElement))
        {
            if (secretsElement.ValueKind != JsonValueKind.Array || secretsElement.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
            {
                problems.Add($"{path}.secrets", "Must be an array of strings (the secrets in the body, masked in logs).");
            }
            else
            {
                secrets.AddRange(secretsElement.EnumerateArray().Select(s => s.GetString()!));
            }
        }

        byte[]? body = null;
        var hasBody = element.TryGetProperty("body", out var bodyElement);
        var hasBase64 = element.TryGetProperty("body_base64", out var base64Element);
        if (hasBody == hasBase64)
        {
            problems.Add($"{path}.body", "Give the stored body either as JSON (body) or as base64 (body_base64).");
        }
        else if (hasBody)
        {
            body = Encoding.UTF8.GetBytes(bodyElement.GetRawText());
        }
        else if (base64Element.ValueKind != JsonValueKind.String || !TryBase64(base64Element.GetString()!, out body))
        {
            problems.Add($"{path}.body_base64", "Must be a base64 string.");
        }

        return problems.Count == before && requestId is not null && contentType is not null && body is not null
            ? new RenderedResponse(status, requestId, body, contentType, headers, secrets)
            : null;
    }

    private static bool TryBase64(string text, out byte[]? bytes)
    {
        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = null;
            return false;
        }
    }

    private static string? String(JsonElement element, string name, string path, SnapshotProblems problems)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add($"{path}.{name}", "Required: a string.");
        return null;
    }

    private static T? Deserialize<T>(JsonElement item, string path, SnapshotProblems problems)
        where T : class
    {
        try
        {
            return item.Deserialize<T>(StateJson.Options) ?? throw new JsonException("Must be an object.");
        }
        catch (JsonException exception)
        {
            problems.Add(path + Suffix(exception.Path), Describe(exception));
            return null;
        }
    }

    // "$.address.city" → ".address.city"; "$" or none → "".
    private static string Suffix(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.StartsWith("$", StringComparison.Ordinal) ? jsonPath[1..] : "." + jsonPath;

    // The serializer's message without its positions and .NET type names.
    private static string Describe(JsonException exception)
    {
        var message = WireJson.Problem(exception);
        var missing = MissingPattern().Match(message);
        if (missing.Success)
        {
            return $"Required field(s) missing: {missing.Groups["names"].Value}.";
        }

        var unmapped = UnmappedPattern().Match(message);
        if (unmapped.Success)
        {
            return $"Unknown field '{unmapped.Groups["name"].Value}'.";
        }

        return TypeNamePattern().Replace(message, "this entry");
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HashPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("missing required properties including: (?<names>.*?)\\.?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MissingPattern();

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex("'?WISPGate\\.MockServer\\.[A-Za-z0-9_.`\\[\\]]+'?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TypeNamePattern();
}
