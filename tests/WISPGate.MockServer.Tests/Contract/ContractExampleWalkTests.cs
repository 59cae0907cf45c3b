using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace WISPGate.MockServer.Tests.Contract;

/// <summary>
/// Every operation of the contract works as its reference page documents it — the request examples verbatim, the path
/// parameters' <c>example</c> values — against a fresh server with the demo seed, called in the order the contract
/// documents (<c>x-example-walk</c>), each answering its documented success status; and that order names every
/// operation exactly once, so an operation without a walk entry (or a path parameter without an example) fails here.
/// </summary>
public sealed class ContractExampleWalkTests
{
    private static readonly TimeSpan s_waitDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_operation_in_the_documented_order_answers_its_documented_success_status_with_its_examples_verbatim_on_the_demo_seed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var waits = Walk().TryGetProperty("waits", out var list)
            ? list.EnumerateArray().ToLookup(w => w.GetProperty("before").GetString()!, StringComparer.Ordinal)
            : Enumerable.Empty<JsonElement>().ToLookup(w => string.Empty, StringComparer.Ordinal);

        var failures = new List<string>();
        var calls = 0;
        foreach (var (operationId, method, path, successStatuses, requests) in WalkCalls())
        {
            foreach (var wait in waits[operationId])
            {
                if (await WaitAsync(api, wait) is { } timedOut)
                {
                    failures.Add($"{operationId}: {timedOut}");
                }
            }

            foreach (var (contentType, name, body) in requests)
            {
                using var content = body is null ? null : new StringContent(body, Encoding.UTF8);
                if (content is not null)
                {
                    content.Headers.ContentType = new MediaTypeHeaderValue(contentType!);
                }

                // JSON answers go through ApiClient, which also checks them against the contract; the HTML reference
                // pages are read as they are.
                var (code, answer) = IsJsonOperation(operationId)
                    ? await SendCheckedAsync(api, method, path, content)
                    : await SendRawAsync(api, method, path);
                calls++;
                if (!successStatuses.Contains(code))
                {
                    failures.Add($"{operationId} {method} {path} ({name}) → {code}, documented {string.Join("/", successStatuses)}: {answer[..Math.Min(answer.Length, 400)]}");
                }
            }
        }

        calls.Should().BeGreaterThanOrEqualTo(WalkOperations().Count());
        failures.Should().BeEmpty("every operation works as documented, in the documented order");
    }

    [Fact]
    public void The_documented_order_names_every_operation_of_the_contract_exactly_once()
    {
        var walked = WalkOperations().ToList();
        var operations = Operations().Select(o => OperationId(o.Operation)).ToList();

        operations.Should().NotBeEmpty();
        walked.Should().OnlyHaveUniqueItems("each operation is called once, at its place in the order");
        walked.Should().BeEquivalentTo(operations, "every operation has a walk entry (x-example-walk.operations) and every entry is an operation");
    }

    [Fact]
    public void Every_path_parameter_has_an_example_for_the_walk_and_the_try_it_panel()
    {
        var missing = Operations()
            .SelectMany(o => PathParameters(o.Path, o.Operation).Where(p => !p.TryGetProperty("example", out _))
                .Select(p => $"{OperationId(o.Operation)}.{p.GetProperty("name").GetString()}"))
            .ToList();

        Operations().Should().Contain(o => PathParameters(o.Path, o.Operation).Any());
        missing.Should().BeEmpty("every path parameter documents an id that exists on the demo seed when the walk reaches it");
    }

    [Fact]
    public void Every_wait_of_the_walk_comes_before_an_operation_of_the_walk()
    {
        var walked = WalkOperations().ToHashSet(StringComparer.Ordinal);
        var waits = Walk().GetProperty("waits").EnumerateArray().ToList();

        waits.Should().NotBeEmpty();
        waits.Should().OnlyContain(w => walked.Contains(w.GetProperty("before").GetString()!) && w.GetProperty("path").GetString()!.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    private static async Task<(int Code, string Body)> SendCheckedAsync(ApiClient api, string method, string path, HttpContent? content)
    {
        var response = await api.SendAsync(new HttpMethod(method), path, content);
        return (response.Code, response.Body);
    }

    private static async Task<(int Code, string Body)> SendRawAsync(ApiClient api, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // Whether the operation's success answer is JSON (every operation but the HTML reference pages).
    private static bool IsJsonOperation(string operationId) =>
        Operations().Single(o => OperationId(o.Operation) == operationId).Operation.GetProperty("responses").EnumerateObject()
            .Where(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _))
            .All(r => r.Value.GetProperty("content").EnumerateObject().Any(m => m.Name.Contains("json", StringComparison.Ordinal)));

    private static JsonElement Walk() => ContractFile.Root.GetProperty("x-example-walk");

    private static IEnumerable<string> WalkOperations() =>
        Walk().GetProperty("operations").EnumerateArray().Select(o => o.GetString()!);

    private static string OperationId(JsonElement operation) => operation.GetProperty("operationId").GetString()!;

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations() =>
        ContractFile.Root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Value.ValueKind == JsonValueKind.Object && m.Value.TryGetProperty("operationId", out _))
            .Select(m => (m.Name.ToUpperInvariant(), path.Name, m.Value)));

    private static IEnumerable<JsonElement> PathParameters(string path, JsonElement operation)
    {
        var pathLevel = ContractFile.Root.GetProperty("paths").GetProperty(path).TryGetProperty("parameters", out var shared) ? shared.EnumerateArray() : Enumerable.Empty<JsonElement>();
        var own = operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>();
        return pathLevel.Concat(own).Where(p => p.TryGetProperty("in", out var location) && location.GetString() == "path");
    }

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

    private static IEnumerable<(string OperationId, string Method, string Path, IReadOnlyList<int> SuccessStatuses, IReadOnlyList<(string? ContentType, string Name, string? Body)> Requests)> WalkCalls()
    {
        var byId = Operations().ToDictionary(o => OperationId(o.Operation), StringComparer.Ordinal);
        foreach (var operationId in WalkOperations())
        {
            var (method, template, operation) = byId[operationId];
            var path = template;
            foreach (var parameter in PathParameters(template, operation))
            {
                var value = parameter.TryGetProperty("example", out var example) ? example.GetString()! : "no-example";
                path = path.Replace("{" + parameter.GetProperty("name").GetString() + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            var successStatuses = operation.GetProperty("responses").EnumerateObject()
                .Where(r => r.Name.StartsWith('2')).Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var requests = RequestExamples(operation).Select(e => ((string?)e.ContentType, e.Name, (string?)(e.ContentType == "application/x-www-form-urlencoded"
                    ? string.Join('&', e.Value.EnumerateObject().Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value.GetString()!)))
                    : e.Value.GetRawText())))
                .ToList();
            if (requests.Count == 0)
            {
                requests.Add((null, "no body", null));
            }

            yield return (operationId, method, path, successStatuses, requests);
        }
    }

    // Polls the wait's path until its field has the value; the problem when the deadline passes first.
    private static async Task<string?> WaitAsync(ApiClient api, JsonElement wait)
    {
        var path = wait.GetProperty("path").GetString()!;
        var field = wait.GetProperty("field").GetString()!;
        var expected = wait.GetProperty("equals").GetString()!;
        var clock = Stopwatch.StartNew();
        string? last = null;
        while (clock.Elapsed < s_waitDeadline)
        {
            var response = await api.GetAsync(path);
            last = response.Code == 200 ? response.DataString(field) : $"HTTP {response.Code}";
            if (last == expected)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        }

        return $"{path} {field} was still '{last}' after {s_waitDeadline.TotalSeconds} s, not '{expected}'";
    }
}
