using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace WISPGate.IntegrationTests.Docs;

/// <summary>
/// A Markdown file of the repository as the docs tests read it: its headings (with GitHub's anchors), its fenced code
/// blocks (each under the heading it follows) and its links, all outside fenced code.
/// </summary>
internal sealed partial class MarkdownFile
{
    private MarkdownFile(string relativePath, IReadOnlyList<Heading> headings, IReadOnlyList<CodeBlock> blocks, IReadOnlyList<Link> links)
    {
        RelativePath = relativePath;
        Headings = headings;
        Blocks = blocks;
        Links = links;
    }

    /// <summary>The repository root (the integration tests' build records it).</summary>
    public static string RepositoryRoot { get; } = typeof(MarkdownFile).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The path from the repository root, with <c>/</c>.</summary>
    public string RelativePath { get; }

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<CodeBlock> Blocks { get; }

    public IReadOnlyList<Link> Links { get; }

    /// <summary>The anchors GitHub gives the headings (a repeated one gets <c>-1</c>, <c>-2</c>, …).</summary>
    public IReadOnlySet<string> Anchors => Headings.Select(h => h.Anchor).ToHashSet(StringComparer.Ordinal);

    /// <summary>The user and contributor documentation: README.md, docs/, and the README of every project.</summary>
    public static IEnumerable<string> DocumentationFiles()
    {
        yield return "README.md";
        foreach (var folder in new[] { "docs", "src", "mock-server", "samples", "tests" })
        {
            var root = Path.Combine(RepositoryRoot, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
                var isDocs = folder == "docs";
                if (relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "TestResults")
                    || (!isDocs && !Path.GetFileName(file).Equals("README.md", StringComparison.Ordinal)))
                {
                    continue;
                }

                yield return relative;
            }
        }
    }

    public static MarkdownFile Read(string relativePath) =>
        Parse(relativePath, File.ReadAllLines(Path.Combine(RepositoryRoot, relativePath)));

    public static MarkdownFile Parse(string relativePath, IReadOnlyList<string> lines)
    {
        var headings = new List<Heading>();
        var blocks = new List<CodeBlock>();
        var links = new List<Link>();
        var anchorCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? fence = null;
        string? fenceLanguage = null;
        var fenceStart = 0;
        var code = new StringBuilder();
        string? heading = null;
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var inComment = false;
        var inCodeSpan = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
                {
                    var key = $"{heading}|{fenceLanguage}";
                    ordinals[key] = ordinals.GetValueOrDefault(key) + 1;
                    blocks.Add(new CodeBlock(heading ?? "", fenceLanguage!, ordinals[key], fenceStart + 1, code.ToString()));
                    fence = null;
                    code.Clear();
                }
                else
                {
                    code.AppendLine(line);
                }

                continue;
            }

            var opening = FenceRegex().Match(trimmed);
            if (opening.Success)
            {
                fence = opening.Groups["fence"].Value;
                fenceLanguage = opening.Groups["lang"].Value;
                fenceStart = i;
                continue;
            }

            // HTML comments (which may span lines) hold no headings or links.
            if (inComment)
            {
                var end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                inComment = false;
                line = line[(end + 3)..];
            }

            line = HtmlCommentRegex().Replace(line, "");
            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                inComment = true;
                line = line[..open];
            }

            if (line.Trim().Length == 0)
            {
                inCodeSpan = false;
            }

            var headingMatch = HeadingRegex().Match(line);
            if (headingMatch.Success)
            {
                heading = headingMatch.Groups["text"].Value.Trim().TrimEnd('#').Trim();
                var anchor = Slug(heading);
                var count = anchorCounts.GetValueOrDefault(anchor);
                anchorCounts[anchor] = count + 1;
                headings.Add(new Heading(heading, count == 0 ? anchor : $"{anchor}-{count}", i + 1));
            }

            var text = WithoutCodeSpans(line, ref inCodeSpan);
            foreach (Match link in LinkRegex().Matches(text))
            {
                links.Add(new Link(link.Groups["target"].Value, i + 1));
            }
        }

        return new MarkdownFile(relativePath, headings, blocks, links);
    }

    /// <summary>The line without its code spans; a span may run on from the line before (until a blank line).</summary>
    private static string WithoutCodeSpans(string line, ref bool inCodeSpan)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '`')
            {
                while (i < line.Length && line[i] == '`')
                {
                    i++;
                }

                inCodeSpan = !inCodeSpan;
                continue;
            }

            if (!inCodeSpan)
            {
                text.Append(line[i]);
            }

            i++;
        }

        return text.ToString();
    }

    /// <summary>GitHub's heading anchor: lower case, spaces to <c>-</c>, punctuation (and backticks) dropped.</summary>
    public static string Slug(string heading)
    {
        var text = InlineLinkRegex().Replace(heading, "${text}");
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,})\s*(?<lang>[^\s`]*)")]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex("<!--.*?-->")]
    private static partial Regex HtmlCommentRegex();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLinkRegex();

    /// <summary>A heading, its anchor and its line.</summary>
    public sealed record Heading(string Text, string Anchor, int Line);

    /// <summary>A fenced code block: the heading above it, its language, its place among that heading's blocks of the same language, its line and its text.</summary>
    public sealed record CodeBlock(string Heading, string Language, int Ordinal, int Line, string Code);

    /// <summary>A link's target as written, and its line.</summary>
    public sealed record Link(string Target, int Line);
}
