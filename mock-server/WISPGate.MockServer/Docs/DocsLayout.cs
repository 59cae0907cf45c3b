using System.Net;
using System.Text;

namespace WISPGate.MockServer.Docs;

/// <summary>The page shell shared by every reference page: head, styles, and the domain navigation.</summary>
internal static class DocsLayout
{
    public static string Page(OpenApiView view, string title, string? currentOperationId, string mainHtml)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<link rel=\"icon\" href=\"data:,\">") // no favicon request: the pages load nothing beyond themselves
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(DocsStyles.Css).Append("</style></head><body>")
            .Append("<div class=\"layout\"><nav class=\"domains\" aria-label=\"Domains\">")
            .Append("<a class=\"brand\" href=\"/docs\">").Append(Encode(view.Title)).Append(' ').Append(Encode(view.Version)).Append("</a>");

        foreach (var tag in view.Tags)
        {
            html.Append("<h2 id=\"nav-").Append(Slug(tag.Name)).Append("\">").Append(Encode(tag.Name)).Append("</h2>");
            foreach (var operation in view.Operations.Where(o => o.Tag == tag.Name))
            {
                html.Append("<a href=\"").Append(OperationHref(operation.Id)).Append('"')
                    .Append(operation.Id == currentOperationId ? " class=\"current\" aria-current=\"page\"" : "")
                    .Append('>').Append(Encode(operation.Summary)).Append("</a>");
            }
        }

        html.Append("</nav><main>").Append(mainHtml)
            .Append("<footer>Generated at run time from the OpenAPI document served at <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>.</footer>")
            .Append("</main></div><script>").Append(DocsScript.Js).Append("</script></body></html>");
        return html.ToString();
    }

    public static string OperationHref(string operationId) => "/docs/operations/" + Uri.EscapeDataString(operationId);

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Slug(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public static string Badge(string method) => $"<span class=\"badge {method}\">{method}</span>";
}
