using System.Collections.Concurrent;

namespace WISPGate.IntegrationTests.Infrastructure;

/// <summary>
/// Checks every response the mock server sends against the OpenAPI document's schema for that operation and
/// status, reading the document on its own. Problems are kept for the test to assert on; every (operation,
/// status) seen feeds the coverage report.
/// </summary>
internal sealed class ContractValidator
{
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>The operations this validator saw an answer for (any status), by operationId.</summary>
    public ConcurrentDictionary<string, byte> SeenOperations { get; } = new();

    public async Task CheckAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var method = request.Method.Method;
        var path = request.RequestUri!.AbsolutePath;
        var status = (int)response.StatusCode;

        var operation = ContractCheck.FindOperation(method, path);
        var operationId = operation?.Operation.GetProperty("operationId").GetString() ?? $"{method} {path} (no operation)";
        ConformanceCoverage.Record(operationId, status);
        SeenOperations.TryAdd(operationId, 0);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (operation is { } found && mediaType is not null && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            // Not JSON (the docs pages): the schema check does not apply, but the contract must declare this media type.
            if (!DeclaresMediaType(found.Operation, status, mediaType))
            {
                Problems.Enqueue($"{method} {path} → {status}: the contract declares no '{mediaType}' response");
            }

            return;
        }

        foreach (var problem in ContractCheck.Problems(method, path, status, body))
        {
            Problems.Enqueue($"{method} {path} → {status}: {problem}");
        }
    }

    private static bool DeclaresMediaType(System.Text.Json.JsonElement operation, int status, string mediaType)
    {
        var responses = operation.GetProperty("responses");
        if (!responses.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var declared)
            && !responses.TryGetProperty("default", out declared))
        {
            return false;
        }

        if (declared.TryGetProperty("$ref", out var reference))
        {
            declared = ContractFile.ResolveElement(reference.GetString()!.TrimStart('#'));
        }

        return declared.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out _);
    }

    /// <summary>The innermost handler of the SDK's pipeline, so that every attempt is checked.</summary>
    public sealed class Handler(ContractValidator validator) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await validator.CheckAsync(request, response, cancellationToken);
            return response;
        }
    }
}
