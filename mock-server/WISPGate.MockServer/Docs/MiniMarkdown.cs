using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// Renders the small Markdown subset the contract's descriptions use: paragraphs, <c>## headings</c>,
/// <c>- bullets</c>, <c>`code`</c> and <c>**bold**</c>. Everything is HTML-encoded first.
/// </summary>
internal static partial class MiniMarkdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var rawLine in markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.TrimEnd();
            var isBullet = line.StartsWith("- ", StringComparison.Ordinal);
            if (inList && !isBullet)
            {
                html.Append("</ul>");
                inList = false;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (isBullet)
            {
                if (!inList)
                {
                    html.Append("<ul>");
                    inList = true;
                }

                html.Append("<li>").Append(Inline(line[2..])).Append("</li>");
            }
            else if (line.StartsWith('#'))
            {
                html.Append("<h3>").Append(Inline(line.TrimStart('#').Trim())).Append("</h3>");
            }
            else
            {
                html.Append("<p>").Append(Inline(line)).Append("</p>");
            }
        }

        if (inList)
        {
            html.Append("</ul>");
        }

        return html.ToString();
    }

    public static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = CodeSpan().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<strong>$1</strong>");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
