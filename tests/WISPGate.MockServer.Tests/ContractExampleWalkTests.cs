using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests;

/// <summary>
/// The contract's request examples (the ones the reference pages show) work verbatim against a fresh server with the
/// demo seed, sent in the order the contract documents (<c>x-example-walk</c>), and that order covers every request
/// example of an operation without path parameters.
/// </summary>
public sealed class ContractExampleWalkTests
{
    [Fact]
    public async Task Every_request_example_in_the_documented_order_succeeds_verbatim_on_the_demo_seed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var failures = new List<string>();
        foreach (var (operationId, method, path, contentType, name, body) in WalkExamples())
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            var response = await api.SendAsync(new HttpMethod(method), path, content);
            if (response.Code is < 200 or >= 300)
            {
                failures.Add($"{operationId} ({name}) → {response.Code} {response.Body}");
            }
        }

        failures.Should().BeEmpty("every example works as written, in the documented order");
    }

    [Fact]
    public void The_documented_order_covers_every_example_of_an_operation_without_path_parameters()
    {
        var walked = WalkOperations().ToHashSet(StringComparer.Ordinal);
        var withExamples = Operations()
            .Where(o => !o.Path.Contains('{', StringComparison.Ordinal) && RequestExamples(o.Operation).Any())
            .Select(o => o.Operation.GetProperty("operationId").GetString()!)
            .ToList();

        withExamples.Should().NotBeEmpty();
        walked.Should().BeEquivalentTo(withExamples);
    }

    private static IEnumerable<string> WalkOperations() =>
        ContractCheck.Root.GetProperty("x-example-walk").GetProperty("operations").EnumerateArray().Select(o => o.GetString()!);

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations() =>
        ContractCheck.Root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Value.ValueKind == JsonValueKind.Object && m.Value.TryGetProperty("operationId", out _))
            .Select(m => (m.Name.ToUpperInvariant(), path.Name, m.Value)));

    private static IEnumerable<(string ContentType, string Name, JsonElement Value)> RequestExamples(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            yield break;
        }

        foreach (var media in requestBody.GetProperty("content").EnumerateObject())
        {
            foreach (var example in media.Value.TryGetProperty("examples", out var examples) ? examples.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            {
                yield return (media.Name, example.Name, example.Value.GetProperty("value"));
            }
        }
    }

    private static IEnumerable<(string OperationId, string Method, string Path, string ContentType, string Name, string Body)> WalkExamples()
    {
        var byId = Operations().ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, StringComparer.Ordinal);
        foreach (var operationId in WalkOperations())
        {
            var (method, path, operation) = byId[operationId];
            foreach (var (contentType, name, value) in RequestExamples(operation))
            {
                var body = contentType == "application/x-www-form-urlencoded"
                    ? string.Join('&', value.EnumerateObject().Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value.GetString()!)))
                    : value.GetRawText();
                yield return (operationId, method, path, contentType, name, body);
            }
        }
    }
}
