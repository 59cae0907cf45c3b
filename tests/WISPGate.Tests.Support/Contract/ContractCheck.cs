using System.Text.Json;

namespace WISPGate.Tests.Support.Contract;

/// <summary>
/// The tests' own reading of the contract (independent of the server's): finds the operation of a request and
/// validates a response body against the schema the contract documents for that operation and status.
/// </summary>
public static class ContractCheck
{
    /// <summary>The operation (method, template, operation object) of a request path, or null.</summary>
    public static (string Template, JsonElement Operation)? FindOperation(string method, string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var candidates = new List<(string Template, JsonElement Operation, int Literals)>();
        foreach (var item in ContractFile.Root.GetProperty("paths").EnumerateObject())
        {
            var template = item.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (template.Length != segments.Length)
            {
                continue;
            }

            var literals = 0;
            var matches = true;
            for (var i = 0; i < template.Length && matches; i++)
            {
                if (template[i].StartsWith('{'))
                {
                    continue;
                }

                matches = template[i] == segments[i];
                literals++;
            }

            if (matches && item.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                candidates.Add((item.Name, operation, literals));
            }
        }

        return candidates.Count == 0 ? null : candidates.OrderByDescending(c => c.Literals).Select(c => (c.Template, c.Operation)).First();
    }

    /// <summary>
    /// Problems of a response against the contract: an undocumented status (below 500), a body that does not match the
    /// documented schema, or (for an unknown path or a 5xx) a body that is not the error envelope.
    /// </summary>
    public static IReadOnlyList<string> Problems(string method, string path, int status, string body)
    {
        string pointer;
        var found = FindOperation(method, path);
        if (found is { } match)
        {
            var responses = match.Operation.GetProperty("responses");
            if (!responses.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
            {
                return status >= 500 ? ContractSchemas.Validate("/components/schemas/ErrorResponse", body) : [$"{status} is not documented for {method} {match.Template}."];
            }

            var responsePointer = $"/paths/{ContractFile.Escape(match.Template)}/{method.ToLowerInvariant()}/responses/{status}";
            if (response.TryGetProperty("$ref", out var reference))
            {
                responsePointer = reference.GetString()!.TrimStart('#');
                response = ContractFile.ResolveElement(responsePointer);
            }

            if (!response.TryGetProperty("content", out var content))
            {
                return body.Length == 0 ? [] : [$"{status} of {method} {match.Template} has no body in the contract, got one."];
            }

            var media = content.EnumerateObject().First();
            pointer = $"{responsePointer}/content/{ContractFile.Escape(media.Name)}/schema";
        }
        else
        {
            pointer = "/components/schemas/ErrorResponse";
        }

        return ContractSchemas.Validate(pointer, body);
    }
}
