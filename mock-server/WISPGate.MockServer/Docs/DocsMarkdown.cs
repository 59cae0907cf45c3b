using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// The contract's descriptions are CommonMark (as OpenAPI says): rendered by Markdig, with raw HTML disabled (a
/// description cannot inject markup into the pages) and headings one level down (the page owns its <c>h1</c>/<c>h2</c>).
/// </summary>
internal static class DocsMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>Block Markdown (paragraphs, headings, lists, code) as HTML.</summary>
    public static string ToHtml(string? markdown) => Render(markdown, implicitParagraph: false);

    /// <summary>A short text for a table cell or a card: its Markdown without the enclosing paragraph.</summary>
    public static string Inline(string? markdown) => Render(markdown, implicitParagraph: true);

    private static string Render(string? markdown, bool implicitParagraph)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph && document.Count == 1 && document[0] is ParagraphBlock };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }
}
