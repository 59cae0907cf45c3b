using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// "Try it" on an operation page: the request example, editable, sent by the browser to this same server (same origin,
/// the operation's own path with each path parameter encoded as one segment) with a demo token and tenant of the
/// reader's choice; the real status, headers and body are shown under it. <see cref="DocsScript"/> does the sending.
/// </summary>
internal static class TryItPanel
{
    /// <summary>Appends the panel; when <paramref name="enabled"/> is false, a note saying how to turn it on.</summary>
    public static void Append(StringBuilder main, OpenApiView view, DocOperation operation, string? mediaType, string? exampleBody, bool enabled)
    {
        main.Append("<section id=\"try-it\"><h2>Try it</h2>");
        if (!enabled)
        {
            main.Append("<p class=\"try-off\">Try it is off on this server: it runs with an admin token (a shared machine). Start it with <code>--docs-try-it</code> to turn it on.</p></section>");
            return;
        }

        var demo = DemoTokens.Default;
        main.Append("<form class=\"try\" data-method=\"").Append(operation.Method).Append("\" data-path=\"").Append(DocsLayout.Encode(operation.Path))
            .Append("\" data-media-type=\"").Append(DocsLayout.Encode(mediaType ?? "")).Append("\">")
            .Append("<div class=\"try-row\"><label>Token <input name=\"token\" list=\"demo-tokens\" value=\"").Append(DocsLayout.Encode(demo.ReadWrite)).Append("\"></label>")
            .Append("<datalist id=\"demo-tokens\"><option value=\"").Append(DocsLayout.Encode(demo.ReadWrite)).Append("\">read + write + admin</option>")
            .Append("<option value=\"").Append(DocsLayout.Encode(demo.ReadOnly)).Append("\">read only</option>")
            .Append("<option value=\"").Append(DocsLayout.Encode(demo.Partner)).Append("\">partner (send a tenant)</option></datalist>")
            .Append("<label>Tenant <select name=\"tenant\"><option value=\"\">the token's default</option><option>")
            .Append(DocsLayout.Encode(demo.Tenant)).Append("</option><option>").Append(DocsLayout.Encode(demo.SecondTenant)).Append("</option></select></label>");
        if (operation.Method == "POST")
        {
            main.Append("<label>Idempotency key <input name=\"idempotency_key\" placeholder=\"optional\"></label>");
        }

        main.Append("</div>");
        var parameters = (view.Document["paths"]?[operation.Path]?["parameters"] as JsonArray ?? []).Concat(operation.Node["parameters"] as JsonArray ?? [])
            .Select(p => view.Resolve(p)).OfType<JsonObject>().ToList();
        // Prefilled with the parameter's example: an id of the demo seed (or one the documented example walk creates).
        var pathParameters = parameters.Where(p => p["in"]?.GetValue<string>() == "path")
            .Select(p => (Name: p["name"]!.GetValue<string>(), Example: p["example"] is JsonValue example && example.TryGetValue<string>(out var text) ? text : null)).ToList();
        if (pathParameters.Count > 0 || parameters.Any(p => p["in"]?.GetValue<string>() == "query"))
        {
            main.Append("<div class=\"try-row\">");
            foreach (var (name, example) in pathParameters)
            {
                main.Append("<label>").Append(DocsLayout.Encode(name)).Append(" <input name=\"param-").Append(DocsLayout.Encode(name)).Append('"');
                if (example is not null)
                {
                    main.Append(" value=\"").Append(DocsLayout.Encode(example)).Append('"');
                }

                main.Append(" required></label>");
            }

            if (parameters.Any(p => p["in"]?.GetValue<string>() == "query"))
            {
                main.Append("<label>Query <input name=\"query\" placeholder=\"e.g. limit=5\"></label>");
            }

            main.Append("</div>");
        }

        if (mediaType is not null)
        {
            main.Append("<label class=\"try-body\">Body (").Append(DocsLayout.Encode(mediaType)).Append(")<textarea name=\"body\" rows=\"12\" spellcheck=\"false\">")
                .Append(DocsLayout.Encode(exampleBody ?? "")).Append("</textarea></label>");
        }

        main.Append("<button type=\"submit\">Send ").Append(operation.Method).Append(' ').Append(DocsLayout.Encode(operation.Path)).Append("</button>")
            .Append("<div class=\"try-result\" hidden><div class=\"try-status\" role=\"status\"></div><pre class=\"try-headers\"></pre><pre class=\"try-response\"></pre></div>")
            .Append("</form></section>");
    }
}
