using System.Text.RegularExpressions;

namespace WISPGate.IntegrationTests.Docs;

/// <summary>
/// The one list of the C# snippets in README.md and docs/ and the tests (or samples) that run them. Every snippet must
/// be listed here, and every name a snippet uses (types, members, options) must occur in the source of the tests that
/// run it: renaming an API in a test without updating the docs, or a snippet without a test, fails here.
/// </summary>
public sealed partial class DocSnippetTests
{
    /// <summary>A snippet: its file, the heading it is under, its place there, and the test (or sample) files that run it, found by file name.</summary>
    private sealed record Snippet(string File, string Heading, int Ordinal, string[] RunBy, string[]? NotInTests = null, string? Why = null)
    {
        public string Id => $"{File} § {Heading} #{Ordinal}";
    }

    private static readonly Snippet[] Snippets =
    [
        new("README.md", "Configure", 1, ["ReadmeExamplesTests.cs", "OptionsTests.cs"], ["Onboarding", "Services"], "the host's builder.Services and a class of yours"),
        new("README.md", "Configure", 2, ["ReadmeExamplesTests.cs"]),
        new("README.md", "Several WISPGate accounts in one app", 1, ["NamedClientTests.cs", "PagingTests.cs"], ["Services", "Sync"], "the host's builder.Services and a class of yours"),
        new("README.md", "Keys, tenants and environments", 1, ["ReadmeIdentityExamplesTests.cs"]),
        new("README.md", "Keys, tenants and environments", 2, ["ReadmeIdentityExamplesTests.cs"], ["SaveAsync"], "your secret store"),
        new("README.md", "Calling each area", 1, ["ReadmeTestingFlowTests.cs"]),
        new("README.md", "Subscribers & CRM", 1, ["ReadmeAreaExamplesTests.cs", "ReadmeExamplesTests.cs"]),
        new("README.md", "Billing & Payments", 1, ["ReadmeBillingExamplesTests.cs"]),
        new("README.md", "Network & Provisioning", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("README.md", "Automation & Support", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("README.md", "Workflows", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("README.md", "Webhook endpoints", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("README.md", "Errors", 1, ["ReadmeExamplesTests.cs", "ErrorMappingTests.cs"]),
        new("README.md", "Enum values this SDK version does not know", 1, ["UnknownEnumValueTests.cs", "SupportAreaTests.cs"]),
        new("README.md", "Paging", 1, ["ReadmeExamplesTests.cs", "ReadmeTestingFlowTests.cs"]),
        new("README.md", "Retries, idempotency and the exactly-once promise", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("README.md", "Webhooks", 1, ["WebhookEventTests.cs", "WebhookSignatureVerifierTests.cs", "WebhookScenarioTests.cs", "PackageTests.cs"], ["MapPost", "HttpRequest", "Headers"], "ASP.NET Core's routing; the verifier calls are what the tests run"),
        new("README.md", "In ASP.NET Core", 1, ["MapWispGateWebhooksTests.cs", "MockServerDeliveryTests.cs", "WebhookOptionsTests.cs", "LoggingEventHandler.cs"], ["GetSection", "Configuration", "InvoiceHandler"], "the host's configuration and a handler class of yours"),
        new("README.md", "xunit fixture", 1, ["WispGateMockServerFixtureTests.cs"], ["BillingTests", "Lists", "EnsureSuccessStatusCode"], "a test class of yours"),
        new("README.md", "In process", 1, ["ReadmeTestingFlowTests.cs", "HostingTests.cs", "IdempotencyTests.cs", "PackageTests.cs", "RequestLogTests.cs"]),
        new("README.md", "The whole flow: mock server → SDK → fault → request log → clock → webhook", 1, ["ReadmeTestingFlowTests.cs"]),
        new("docs/sdk-guide.md", "Subscribers & CRM", 1, ["ReadmeIdentityExamplesTests.cs"]),
        new("docs/sdk-guide.md", "Network & Provisioning", 1, ["HookEndpoints.cs", "ProvisioningHookSampleTests.cs"]),
        new("docs/sdk-guide.md", "Workflows", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("docs/sdk-guide.md", "Workflows", 2, ["ReadmeAreaExamplesTests.cs"]),
        new("docs/sdk-guide.md", "Webhook endpoints", 1, ["ReadmeIdentityExamplesTests.cs"]),
        new("docs/sdk-guide.md", "Automate your collections", 1, ["ReadmeAreaExamplesTests.cs"]),
        new("docs/sdk-guide.md", "Logs and traces", 1, ["MetricsTests.cs", "DiagnosticsTests.cs"],
            ["Services", "AddOpenTelemetry", "WithTracing", "AddSource", "WithMetrics", "AddMeter"], "the OpenTelemetry SDK is not a test dependency; the names the SDK exports are checked"),
        new("docs/sdk-guide.md", "A webhook receiver that restarts", 1, ["ReadmeTestingFlowTests.cs"]),
        new("docs/mock-server.md", "Webhook delivery", 1, ["WebhookDeliveryTests.cs", "MockServers.cs"]),
        new("docs/contributing/inside-the-sdk.md", "Inside the SDK", 1, ["OperationClientGeneratorTests.cs", "ISubscribersClient.cs"]),
    ];

    /// <summary>Framework and language names every snippet may use without a test spelling them.</summary>
    private static readonly HashSet<string> Everyday = new(StringComparer.Ordinal)
    {
        "Console", "WriteLine", "ToString", "Select", "Join", "Where", "Uri", "TimeSpan", "FromSeconds", "FromDays",
        "FromMilliseconds", "HttpClient", "Task", "Dictionary", "String", "Results", "Ok", "BadRequest", "StreamReader",
        "ReadToEndAsync", "Text", "DateTimeOffset", "UtcNow", "IReadOnlyList",
    };

    private static readonly Lazy<ILookup<string, string>> SourcesByName = new(() =>
        new[] { "tests", "samples", "src" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(MarkdownFile.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToLookup(path => Path.GetFileName(path), StringComparer.Ordinal));

    public static TheoryData<string> SnippetIds() => new(Snippets.Select(s => s.Id));

    [Fact]
    public void Every_csharp_snippet_of_the_docs_is_listed_with_the_tests_that_run_it()
    {
        var inDocs = MarkdownFile.DocumentationFiles()
            .Where(file => file == "README.md" || file.StartsWith("docs/", StringComparison.Ordinal))
            .SelectMany(file => MarkdownFile.Read(file).Blocks
                .Where(b => b.Language is "csharp" or "cs" or "c#")
                .Select(b => new Snippet(file, b.Heading, b.Ordinal, []).Id))
            .ToList();

        inDocs.Should().BeEquivalentTo(Snippets.Select(s => s.Id),
            "every C# snippet in README.md and docs/ is listed in DocSnippetTests.Snippets with the tests that run it (and nothing listed is gone)");
    }

    [Theory]
    [MemberData(nameof(SnippetIds))]
    public void A_snippet_uses_only_names_that_its_tests_use(string id)
    {
        var snippet = Snippets.Single(s => s.Id == id);
        var block = MarkdownFile.Read(snippet.File).Blocks
            .Where(b => b.Language is "csharp" or "cs" or "c#" && b.Heading == snippet.Heading)
            .ElementAtOrDefault(snippet.Ordinal - 1);
        block.Should().NotBeNull($"{snippet.File} has C# snippet #{snippet.Ordinal} under \"{snippet.Heading}\"");

        var sources = snippet.RunBy.Select(name =>
        {
            var found = SourcesByName.Value[name].ToList();
            found.Should().ContainSingle($"one file named {name} runs the snippet");
            return File.ReadAllText(found[0]);
        }).ToList();
        var words = sources.SelectMany(source => WordRegex().Matches(source).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

        var names = Names(block!.Code).Except(Everyday).Except(snippet.NotInTests ?? []);
        names.Where(name => !words.Contains(name)).Should().BeEmpty(
            $"every name in {id} (line {block.Line}) occurs in {string.Join(", ", snippet.RunBy)}, which run it");
    }

    [Fact]
    public void Names_are_read_from_code_not_from_comments_or_strings()
    {
        Names("var x = new Foo { Bar = \"Baz Qux\" }; // Quux\n/* Corge */ x.Grault($\"{Garply}\");")
            .Should().BeEquivalentTo(["Foo", "Bar", "Grault"]);
    }

    /// <summary>The capitalized names in C# code: types, members, properties; strings and comments left out.</summary>
    private static IEnumerable<string> Names(string code)
    {
        var stripped = StringRegex().Replace(code, "\"\"");
        stripped = LineCommentRegex().Replace(stripped, "");
        stripped = BlockCommentRegex().Replace(stripped, "");
        return NameRegex().Matches(stripped).Select(m => m.Value).Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringRegex();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineCommentRegex();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockCommentRegex();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex WordRegex();
}
