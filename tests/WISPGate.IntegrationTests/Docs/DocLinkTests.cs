namespace WISPGate.IntegrationTests.Docs;

/// <summary>
/// Every relative link in README.md, docs/ and the projects' READMEs points at a file or folder of the repository, and
/// every <c>#anchor</c> at a heading of the Markdown file it names (GitHub's anchors).
/// </summary>
public sealed class DocLinkTests
{
    public static TheoryData<string> Files() => new(MarkdownFile.DocumentationFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_relative_link_resolves_to_a_file_and_heading(string relativePath)
    {
        var file = MarkdownFile.Read(relativePath);
        var broken = new List<string>();
        foreach (var link in file.Links)
        {
            if (link.Target.Contains("://", StringComparison.Ordinal) || link.Target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = link.Target.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? link.Target : link.Target[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(link.Target[(hash + 1)..]);
            var target = path.Length == 0
                ? relativePath
                : Path.GetRelativePath(MarkdownFile.RepositoryRoot, Path.GetFullPath(Path.Combine(MarkdownFile.RepositoryRoot, Path.GetDirectoryName(relativePath)!, Uri.UnescapeDataString(path)))).Replace('\\', '/');
            var full = Path.Combine(MarkdownFile.RepositoryRoot, target);

            if (target.StartsWith("..", StringComparison.Ordinal))
            {
                broken.Add($"line {link.Line}: {link.Target} leaves the repository");
            }
            else if (!File.Exists(full) && !Directory.Exists(full))
            {
                broken.Add($"line {link.Line}: {link.Target} → no file {target}");
            }
            else if (anchor is not null)
            {
                if (!target.EndsWith(".md", StringComparison.Ordinal))
                {
                    broken.Add($"line {link.Line}: {link.Target} → an anchor in {target}, which is not Markdown");
                }
                else if (!MarkdownFile.Read(target).Anchors.Contains(anchor))
                {
                    broken.Add($"line {link.Line}: {link.Target} → no heading #{anchor} in {target}");
                }
            }
        }

        broken.Should().BeEmpty($"every relative link of {relativePath} resolves");
    }

    [Theory]
    [InlineData("Billing & Payments", "billing--payments")]
    [InlineData("Demo data (`--seed demo`)", "demo-data---seed-demo")]
    [InlineData("The whole flow: mock server → SDK → fault → request log → clock → webhook", "the-whole-flow-mock-server--sdk--fault--request-log--clock--webhook")]
    [InlineData("Conformance (`tests/WISPGate.IntegrationTests`)", "conformance-testswispgateintegrationtests")]
    [InlineData("Retries, idempotency and the exactly-once promise", "retries-idempotency-and-the-exactly-once-promise")]
    public void Anchors_are_spelled_as_GitHub_spells_them(string heading, string anchor)
    {
        MarkdownFile.Slug(heading).Should().Be(anchor);
    }

    [Fact]
    public void Repeated_headings_get_numbered_anchors_and_code_blocks_hold_no_headings_or_links()
    {
        var file = MarkdownFile.Parse("x.md",
        [
            "# Title", "## Billing & Payments", "```bash", "# → a comment, not a heading", "[not](a-link.md)", "```",
            "See [`the rules`](billing.md#rules) and <!-- [hidden](gone.md) -->. A span `POST", "/clock`, see [Clock](#clock).",
            "## Billing & Payments",
        ]);

        file.Headings.Select(h => h.Anchor).Should().Equal("title", "billing--payments", "billing--payments-1");
        file.Links.Select(l => l.Target).Should().Equal("billing.md#rules", "#clock");
        file.Blocks.Should().ContainSingle().Which.Should().Match<MarkdownFile.CodeBlock>(b => b.Heading == "Billing & Payments" && b.Language == "bash");
    }
}
