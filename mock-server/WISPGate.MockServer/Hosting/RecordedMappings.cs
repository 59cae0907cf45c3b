using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers.Request;
using WireMock.ResponseProviders;
using WireMock.Server;
using WireMock.Settings;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The mapping files of record and replay. <c>--record</c> writes one WireMock mapping file per forwarded exchange
/// (WireMock's own mapping JSON, from its <see cref="MappingBuilder"/>), numbered in the order of the exchanges, with the
/// secrets redacted; <c>--replay</c> loads a directory of them with WireMock's static-mapping reader.
/// </summary>
internal sealed class RecordedMappings
{
    /// <summary>
    /// Priority of the first recording; each later one is one more urgent, so that of two recordings of the same request
    /// the later answer is replayed. Behind mappings added in code (WireMock's default priority is 0), in front of the
    /// proxy and the contract behaviour.
    /// </summary>
    public const int ReplayPriority = 500_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Bodies are written as received (strings, not JSON re-serialized), and form bodies are not taken apart.
    private static readonly WireMockServerSettings Settings = new() { DisableJsonBodyParsing = true, DisableDeserializeFormUrlEncoded = true };

    private readonly string _directory;
    private readonly Lock _gate = new();
    private int _sequence;

    /// <summary>Records into <paramref name="directory"/> (created when missing), numbering after the files already there.</summary>
    public RecordedMappings(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
        _sequence = Directory.EnumerateFiles(_directory, "*.json").Count();
    }

    /// <summary>Writes the mapping of one exchange (its request matchers and response), redacted.</summary>
    public void Save(IRequestMatcher matcher, IResponseProvider response, string title)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var builder = new MappingBuilder(Settings);
            builder
                .Given(matcher)
                .WithGuid(Guid.NewGuid())
                .WithTitle(title)
                .AtPriority(ReplayPriority - sequence)
                .RespondWith(response);
            var mapping = JsonNode.Parse(builder.ToJson()) is JsonArray { Count: 1 } one ? one[0]! : throw new InvalidOperationException("WireMock wrote no mapping.");
            Redact(mapping);

            var request = mapping["Request"];
            var method = request?["Methods"] is JsonArray { Count: > 0 } methods ? methods[0]!.GetValue<string>() : "ANY";
            var path = request?["Path"]?["Matchers"]?[0]?["Pattern"]?.GetValue<string>() ?? string.Empty;
            var name = $"{sequence:D5} {method} {path}";
            name = Path.GetInvalidFileNameChars().Concat("/ ").Aggregate(name, (current, c) => current.Replace(c, '_'));
            var file = Path.Combine(_directory, (name.Length > 120 ? name[..120] : name) + ".json");
            File.WriteAllText(file, mapping.ToJsonString(Indented) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>Adds the mapping files (<c>*.json</c>, in name order) of <paramref name="directory"/> to <paramref name="server"/>.</summary>
    /// <exception cref="InvalidDataException">The directory is missing, or a file is not a mapping.</exception>
    public static int Load(WireMockServer server, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"The replay directory '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            try
            {
                if (!server.ReadStaticMappingAndAddOrUpdate(file))
                {
                    throw new InvalidDataException("it cannot be read");
                }
            }
#pragma warning disable CA1031 // Whatever WireMock throws for a bad file, the start fails with the file's name.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                throw new InvalidDataException($"The replay file '{file}' is not a WireMock mapping: {exception.Message}", exception);
            }
        }

        return files.Count;
    }

    /// <summary>
    /// Removes the secrets from a mapping: header, parameter and cookie matchers named like a secret; secret values in
    /// JSON (the response body, a JSON body matcher); <c>api_token</c> in a form body matcher.
    /// </summary>
    internal static void Redact(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is JsonObject { } item && item["Name"] is JsonValue named && named.TryGetValue<string>(out var name) && SecretValues.IsSecretName(name))
                    {
                        array.RemoveAt(i);
                    }
                    else if (array[i] is JsonValue value && RedactText(value) is { } redacted)
                    {
                        array[i] = redacted;
                    }
                    else if (array[i] is { } child)
                    {
                        Redact(child);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (SecretValues.IsSecretName(name) && value is JsonValue)
                    {
                        obj[name] = SecretValues.Redacted;
                    }
                    else if (value is JsonValue text && RedactText(text) is { } redacted)
                    {
                        obj[name] = redacted;
                    }
                    else if (value is not null)
                    {
                        Redact(value);
                    }
                }

                SecretValues.Redact(obj);
                break;
        }
    }

    // A string that carries secrets (a JSON document, a form), redacted; null when it carries none.
    private static string? RedactText(JsonValue value)
    {
        if (!value.TryGetValue<string>(out var text) || text.Length == 0)
        {
            return null;
        }

        if (text[0] is '{' or '[')
        {
            try
            {
                var document = JsonNode.Parse(text);
                return SecretValues.Redact(document) ? document!.ToJsonString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return text.Contains('=', StringComparison.Ordinal) && SecretRedactionMiddleware.RedactForm(Encoding.UTF8.GetBytes(text)) is { } form
            ? Encoding.UTF8.GetString(form)
            : null;
    }
}
