using System.Globalization;

namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>
/// What every answer to a fuzzed request must be: not a 5xx; a status the contract documents for the operation aimed at
/// (a wrong method: 405, also documented for every operation); a body valid against that status's schema; and
/// <c>X-Request-ID</c>, equal to <c>meta.request_id</c> whenever the body is the envelope.
/// </summary>
public static class FuzzOracle
{
    /// <summary>The problems of one answer (empty when it is fine).</summary>
    public static IReadOnlyList<string> Problems(FuzzCase fuzzCase, int status, IReadOnlyDictionary<string, string> headers, string body)
    {
        var problems = new List<string>();
        var operation = fuzzCase.Operation;
        if (status >= 500)
        {
            problems.Add($"answered {status}");
        }

        if (!operation.DocumentedStatuses.Contains(status))
        {
            problems.Add($"{status} is not documented for {operation.OperationId}");
        }

        if (!headers.TryGetValue("X-Request-ID", out var requestId) || requestId.Length == 0)
        {
            problems.Add("no X-Request-ID");
        }

        if (fuzzCase.Method == "HEAD")
        {
            return problems;
        }

        if (body.StartsWith("{\"success\"", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("meta", out var meta) || meta.GetProperty("request_id").GetString() != requestId)
            {
                problems.Add("meta.request_id differs from X-Request-ID");
            }
        }

        if (operation.DocumentedStatuses.Contains(status))
        {
            var pointer = $"/paths/{Escape(operation.Template)}/{operation.Method.ToLowerInvariant()}/responses/{status.ToString(CultureInfo.InvariantCulture)}";
            var response = ContractFile.ResolveElement(pointer);
            if (response.TryGetProperty("$ref", out var reference))
            {
                pointer = reference.GetString()!.TrimStart('#');
                response = ContractFile.ResolveElement(pointer);
            }

            if (response.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out _))
            {
                problems.AddRange(ContractSchemas.Validate($"{pointer}/content/application~1json/schema", body).Select(p => "body: " + p));
            }
        }
        else if (status >= 400)
        {
            problems.AddRange(ContractSchemas.Validate("/components/schemas/ErrorResponse", body).Select(p => "error body: " + p));
        }

        return problems;
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
