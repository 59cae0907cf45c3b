using System.Collections.Concurrent;
using WISPGate.MockServer.Tests.Infrastructure;

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
        foreach (var problem in ContractCheck.Problems(method, path, status, body))
        {
            Problems.Enqueue($"{method} {path} → {status}: {problem}");
        }
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
