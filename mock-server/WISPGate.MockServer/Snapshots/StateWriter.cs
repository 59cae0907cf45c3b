using System.Text.Json;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// Writes a state snapshot (format in <c>wispgate-mock-state.schema.json</c>). The output is deterministic: fixed
/// property order, tenants by id, collections by name, id counters by prefix, entities and idempotency keys oldest first
/// (their order in the server), so writing a state read from a snapshot gives the snapshot back byte for byte.
/// Each tenant is copied under its own lock (a consistent tenant; tenants are not frozen together).
/// </summary>
internal static class StateWriter
{
    /// <summary>Writes the whole state (<paramref name="tenantId"/> null) or one tenant's (it must exist).</summary>
    public static byte[] Write(MockState state, IEnumerable<StateCollection> collections, DateTimeOffset now, IdempotencyCache idempotency, string? tenantId)
    {
        var ordered = collections.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var tenants = (tenantId is null
            ? state.Tenants.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList()
            : [state.Tenants[tenantId]])
            .Select(tenant => Copy(tenant, ordered, idempotency))
            .ToList();
        List<ApiKey>? keys = null;
        if (tenantId is null)
        {
            lock (state.ApiKeys.Gate)
            {
                keys = state.ApiKeys.Keys.All().ToList();
            }
        }

        // The counters are read after the data is copied: an id is handed out before its entity is stored, so every id
        // in the copies is at most its counter even while a webhook delivery or a request lands during the export
        // (read first, a delivery recorded in between would sit above its counter and collide after an import).
        var counters = state.Ids.Counters();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, StateJson.Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("format", StateDocument.Format);
            writer.WriteNumber("version", StateDocument.Version);
            writer.WriteString("scope", tenantId is null ? StateDocument.ServerScope : StateDocument.TenantScope);
            writer.WriteStartObject("clock");
            writer.WriteString("now", StateJson.Timestamp(now));
            writer.WriteEndObject();
            writer.WriteStartObject("id_counters");
            foreach (var (prefix, last) in counters)
            {
                writer.WriteNumber(prefix, last);
            }

            writer.WriteEndObject();
            if (keys is not null)
            {
                writer.WriteStartArray("api_keys");
                foreach (var key in keys)
                {
                    JsonSerializer.Serialize(writer, key, StateJson.Options);
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("tenants");
            foreach (var tenant in tenants)
            {
                WriteTenant(writer, tenant);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // One tenant's entities, copied under its lock (a consistent tenant), and its idempotency records.
    private static TenantCopy Copy(TenantData tenant, IReadOnlyList<StateCollection> collections, IdempotencyCache idempotency)
    {
        List<(StateCollection Collection, IReadOnlyList<IEntity> Items)> contents;
        lock (tenant.Gate)
        {
            contents = collections.Select(c => (c, c.Entities(tenant))).Where(c => c.Item2.Count > 0).ToList();
        }

        return new TenantCopy(tenant.Id, tenant.Name, contents, idempotency.Export(tenant.Id));
    }

    private static void WriteTenant(Utf8JsonWriter writer, TenantCopy tenant)
    {
        writer.WriteStartObject();
        writer.WriteString("id", tenant.Id);
        writer.WriteString("name", tenant.Name);
        foreach (var (collection, items) in tenant.Contents)
        {
            writer.WriteStartArray(collection.Name);
            foreach (var item in items)
            {
                collection.Write(writer, item);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("idempotency_records");
        foreach (var record in tenant.Records)
        {
            WriteRecord(writer, record);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter writer, IdempotencyRecord record)
    {
        var response = record.Response;
        writer.WriteStartObject();
        writer.WriteString("key", record.Key);
        writer.WriteString("fingerprint", record.Fingerprint);
        writer.WriteString("created_at", StateJson.Timestamp(record.CreatedAt));
        writer.WriteStartObject("response");
        writer.WriteNumber("status", response.Status);
        writer.WriteString("request_id", response.RequestId);
        writer.WriteString("content_type", response.ContentType);
        writer.WriteStartObject("headers");
        foreach (var (name, value) in response.Headers.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("secrets");
        foreach (var secret in response.Secrets)
        {
            writer.WriteStringValue(secret);
        }

        writer.WriteEndArray();

        // A JSON answer is kept as it was sent (raw, byte for byte, readable); anything else as base64.
        if (IsJson(response))
        {
            writer.WritePropertyName("body");
            writer.WriteRawValue(response.Body, skipInputValidation: true);
        }
        else
        {
            writer.WriteString("body_base64", Convert.ToBase64String(response.Body));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // A body that is one JSON value without line breaks or surrounding whitespace: read back as the raw text of the
    // "body" value, it gives the same bytes.
    private static bool IsJson(RenderedResponse response)
    {
        if (response.Body.Length == 0 || !response.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || response.Body.AsSpan().IndexOfAny((byte)'\n', (byte)'\r') >= 0
            || response.Body[0] is (byte)' ' or (byte)'\t' || response.Body[^1] is (byte)' ' or (byte)'\t')
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(response.Body, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>What a snapshot holds of one tenant.</summary>
    private sealed record TenantCopy(
        string Id,
        string Name,
        List<(StateCollection Collection, IReadOnlyList<IEntity> Items)> Contents,
        IReadOnlyList<IdempotencyRecord> Records);
}
