using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>One operation of the contract as the fuzz suite sees it: where it lives, what it takes, what it may answer.</summary>
public sealed record FuzzOperation(
    string OperationId,
    string Method,
    string Template,
    IReadOnlyList<FuzzParameter> Parameters,
    string? BodyMediaType,
    JsonNode? BodyExample,
    IReadOnlySet<int> DocumentedStatuses)
{
    /// <summary>Every operation of the contract, in document order.</summary>
    public static IReadOnlyList<FuzzOperation> All { get; } = Load();

    /// <summary>The path parameters' names, in template order.</summary>
    public IEnumerable<FuzzParameter> PathParameters => Parameters.Where(p => p.In == "path");

    private static List<FuzzOperation> Load()
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in ContractFile.Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var entry in path.Value.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Object && e.Value.TryGetProperty("responses", out _)))
            {
                var operation = entry.Value;
                var parameters = (operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : default(JsonElement.ArrayEnumerator))
                    .Select(Deref)
                    .Select(p => new FuzzParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, Deref(p.GetProperty("schema"))))
                    .ToList();
                string? mediaType = null;
                JsonNode? example = null;
                if (operation.TryGetProperty("requestBody", out var body))
                {
                    var media = Deref(body).GetProperty("content").EnumerateObject().First();
                    mediaType = media.Name;
                    example = FirstExample(media.Value);
                }

                var statuses = operation.GetProperty("responses").EnumerateObject()
                    .Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                operations.Add(new FuzzOperation(operation.GetProperty("operationId").GetString()!, entry.Name.ToUpperInvariant(), path.Name, parameters, mediaType, example, statuses));
            }
        }

        return operations;
    }

    private static JsonNode? FirstExample(JsonElement media)
    {
        if (media.TryGetProperty("example", out var single))
        {
            return JsonNode.Parse(single.GetRawText());
        }

        return media.TryGetProperty("examples", out var examples) && examples.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } first
            ? JsonNode.Parse(Deref(first.Value).GetProperty("value").GetRawText())
            : null;
    }

    private static JsonElement Deref(JsonElement element) =>
        element.TryGetProperty("$ref", out var reference) ? Deref(ContractFile.ResolveElement(reference.GetString()!.TrimStart('#'))) : element;

    /// <inheritdoc />
    public override string ToString() => $"{OperationId} ({Method} {Template})";
}
