using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// Page 02 of the seed's design, for one operation: purpose, used by, critical note, auth and
/// headers, request example and field notes, response example and notes, schema tables, errors,
/// and related operations.
/// </summary>
internal static class OperationPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(OpenApiView view, DocOperation operation, bool tryIt)
    {
        var node = operation.Node;
        var main = new StringBuilder();
        main.Append("<div class=\"eyebrow\">").Append(DocsLayout.Encode(operation.Tag)).Append(" · Page 02 / Endpoint</div>")
            .Append("<div class=\"endpoint\">").Append(DocsLayout.Badge(operation.Method)).Append(' ').Append(DocsLayout.Encode(operation.Path)).Append("</div>")
            .Append("<h1>").Append(DocsLayout.Encode(operation.Summary)).Append("</h1>")
            .Append(DocsMarkdown.ToHtml(operation.Description))
            .Append("<div class=\"tabs\"><a href=\"#overview\">Overview</a><a href=\"#parameters\">Parameters</a><a href=\"#try-it\">Try it</a><a href=\"#responses\">Responses</a><a href=\"#errors\">Errors</a></div>");

        main.Append("<section id=\"overview\"><div class=\"cards\">")
            .Append(NoteCard("Purpose", node["x-purpose"]))
            .Append(NoteCard("Used by", node["x-used-by"]))
            .Append(NoteCard("Critical note", node["x-critical-note"]))
            .Append("</div>");
        AppendAuth(view, operation, main);
        main.Append("</section>");

        main.Append("<section id=\"parameters\"><h2>Request</h2>");
        AppendParameters(view, operation, main);
        AppendRequestBody(view, operation, main);
        main.Append("</section>");

        AppendTryIt(view, operation, tryIt, main);

        main.Append("<section id=\"responses\"><h2>Response</h2>");
        AppendSuccess(view, operation, main);
        main.Append("</section>");

        main.Append("<section id=\"errors\"><h2>Common errors</h2>");
        AppendErrors(view, operation, main);
        main.Append("</section>");

        AppendRelated(view, node, main);
        return DocsLayout.Page(view, $"{operation.Summary} — {view.Title} {view.Version}", operation.Id, main.ToString());
    }

    private static string NoteCard(string label, JsonNode? note) =>
        note is JsonObject obj
            ? $"<div class=\"card\"><div class=\"label\">{label}</div><div class=\"title\">{DocsLayout.Encode(obj["title"]?.GetValue<string>())}</div><div>{DocsMarkdown.Inline(obj["text"]?.GetValue<string>() ?? "")}</div></div>"
            : "";

    private static void AppendAuth(OpenApiView view, DocOperation operation, StringBuilder main)
    {
        var headerParameters = Parameters(view, operation).Where(p => p["in"]?.GetValue<string>() == "header").ToList();
        main.Append("<h2 id=\"authentication\">Authentication &amp; headers</h2><div class=\"two\"><div><h3>Auth model</h3><ul>");
        main.Append(operation.IsAuthenticated
            ? "<li>Bearer token passed via the <code>Authorization</code> header</li>"
            : "<li>No authentication: a gateway endpoint</li>");
        main.Append("<li>Environment-specific base URL (locally <code>").Append(DocsLayout.Encode(view.ServerUrl)).Append("</code>)</li>");
        if (headerParameters.Any(p => p["name"]?.GetValue<string>() == WireHeaders.IdempotencyKey))
        {
            main.Append("<li>Optional idempotency key for safe retries on create actions</li>");
        }

        if (headerParameters.Any(p => p["name"]?.GetValue<string>() == WireHeaders.TenantId))
        {
            main.Append("<li>Tenant or workspace scoping with <code>X-Tenant-ID</code> if multi-tenant access is enabled</li>");
        }

        main.Append("</ul></div><div><h3>Headers</h3><pre><code>");
        var lines = new List<string>();
        if (operation.IsAuthenticated)
        {
            lines.Add("Authorization: Bearer <api_token>");
        }

        if (operation.Node["requestBody"] is not null)
        {
            lines.Add("Content-Type: application/json");
        }

        lines.Add("Accept: application/json");
        lines.AddRange(headerParameters.Select(p => $"{p["name"]}: {p["example"]?.ToString() ?? "…"}"));
        main.Append(DocsLayout.Encode(string.Join('\n', lines))).Append("</code></pre></div></div>");
    }

    private static void AppendParameters(OpenApiView view, DocOperation operation, StringBuilder main)
    {
        var parameters = Parameters(view, operation).ToList();
        if (parameters.Count == 0)
        {
            return;
        }

        main.Append("<h3>Parameters</h3><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>");
        foreach (var parameter in parameters)
        {
            var schema = view.Resolve(parameter["schema"]);
            main.Append("<tr><td class=\"name\">").Append(DocsLayout.Encode(parameter["name"]?.GetValue<string>()))
                .Append(parameter["required"]?.GetValue<bool>() == true ? " <span class=\"req\">required</span>" : " <span class=\"opt\">optional</span>")
                .Append("</td><td>").Append(DocsLayout.Encode(parameter["in"]?.GetValue<string>()))
                .Append("</td><td>").Append(DocsLayout.Encode(schema?["type"]?.ToJsonString().Trim('"') ?? "string"))
                .Append("</td><td>").Append(DocsMarkdown.Inline(parameter["description"]?.GetValue<string>() ?? "")).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
    }

    private static void AppendRequestBody(OpenApiView view, DocOperation operation, StringBuilder main)
    {
        if (view.Resolve(operation.Node["requestBody"]) is not JsonObject body || body["content"] is not JsonObject content)
        {
            main.Append("<p>This operation takes no request body.</p>");
            return;
        }

        var (mediaType, media) = content.First();
        main.Append("<div class=\"two\"><div><h3>Request example</h3><pre><code>")
            .Append(DocsLayout.Encode($"// {operation.Method} {operation.Path}  ({mediaType})\n" + Example(view, media)))
            .Append("</code></pre></div><div><h3>Field behavior</h3>")
            .Append(Notes(operation.Node["x-field-notes"], "Fields follow the request schema below."))
            .Append("</div></div>");
        AppendSchemaTable(view, "Request schema", media?["schema"], main);
    }

    private static void AppendTryIt(OpenApiView view, DocOperation operation, bool enabled, StringBuilder main)
    {
        var content = view.Resolve(operation.Node["requestBody"])?["content"] as JsonObject;
        var (mediaType, media) = content?.FirstOrDefault() ?? default;
        var example = mediaType is null ? null
            : mediaType == "application/x-www-form-urlencoded" ? FormExample(view, media)
            : Example(view, media);
        TryItPanel.Append(main, view, operation, mediaType, example, enabled);
    }

    private static string FormExample(OpenApiView view, JsonNode? media)
    {
        var value = media?["example"] ?? (media?["examples"] as JsonObject)?.Select(e => view.Resolve(e.Value)?["value"]).FirstOrDefault(v => v is not null);
        return string.Join('&', (value as JsonObject ?? []).Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value?.ToString() ?? "")));
    }

    private static void AppendSuccess(OpenApiView view, DocOperation operation, StringBuilder main)
    {
        var responses = operation.Node["responses"] as JsonObject ?? [];
        var (status, responseNode) = responses.FirstOrDefault(r => r.Key.StartsWith('2'));
        var response = view.Resolve(responseNode) as JsonObject;
        main.Append("<p><strong>").Append(DocsLayout.Encode(status)).Append("</strong> — ")
            .Append(DocsMarkdown.Inline(response?["description"]?.GetValue<string>() ?? "")).Append("</p>");
        if (response?["content"] is not JsonObject content || content.Count == 0)
        {
            return;
        }

        var (_, media) = content.First();
        main.Append("<div class=\"two\"><div><h3>Success response example</h3><pre><code>")
            .Append(DocsLayout.Encode(Example(view, media)))
            .Append("</code></pre></div><div><h3>Response design</h3>")
            .Append(Notes(operation.Node["x-response-notes"], "Successful responses use the envelope: success, data, meta."))
            .Append("</div></div>");
        AppendSchemaTable(view, "Response schema", media?["schema"], main);
    }

    private static void AppendErrors(OpenApiView view, DocOperation operation, StringBuilder main)
    {
        var responses = operation.Node["responses"] as JsonObject ?? [];
        string? firstExample = null;
        main.Append("<table><thead><tr><th>Status</th><th>When</th><th>Codes</th></tr></thead><tbody>");
        foreach (var (status, responseNode) in responses.Where(r => r.Key[0] is '4' or '5'))
        {
            var response = view.Resolve(responseNode) as JsonObject;
            var examples = response?["content"]?["application/json"]?["examples"] as JsonObject ?? [];
            var codes = examples.Select(e => view.Resolve(e.Value)?["value"]?["error"]?["code"]?.GetValue<string>()).OfType<string>().Distinct();
            firstExample ??= examples.Select(e => view.Resolve(e.Value)?["value"]).FirstOrDefault(v => v is not null)?.ToJsonString(Indented);
            main.Append("<tr><td class=\"name\">").Append(DocsLayout.Encode(status)).Append("</td><td>")
                .Append(DocsMarkdown.Inline(response?["description"]?.GetValue<string>() ?? ""))
                .Append("</td><td>").Append(string.Join(", ", codes.Select(c => $"<code>{DocsLayout.Encode(c)}</code>"))).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
        var featured = responses["409"] is not null ? view.Resolve(responses["409"]) : null;
        var featuredExample = (featured?["content"]?["application/json"]?["examples"] as JsonObject)?.Select(e => view.Resolve(e.Value)?["value"]).FirstOrDefault(v => v is not null);
        var example = featuredExample?.ToJsonString(Indented) ?? firstExample;
        if (example is not null)
        {
            main.Append("<h3>Error response example</h3><pre><code>").Append(DocsLayout.Encode(example)).Append("</code></pre>");
        }
    }

    private static void AppendRelated(OpenApiView view, JsonObject node, StringBuilder main)
    {
        var related = (node["x-related"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>()
            .Where(view.ById.ContainsKey).Select(id => view.ById[id]).ToList();
        if (related.Count == 0)
        {
            return;
        }

        main.Append("<section id=\"related\"><h2>Related operations</h2><ul class=\"ops\">");
        foreach (var operation in related)
        {
            main.Append("<li>").Append(DocsLayout.Badge(operation.Method)).Append("<a href=\"").Append(DocsLayout.OperationHref(operation.Id)).Append("\">")
                .Append(DocsLayout.Encode(operation.Summary)).Append("</a> <code>").Append(DocsLayout.Encode(operation.Path)).Append("</code></li>");
        }

        main.Append("</ul></section>");
    }

    private static void AppendSchemaTable(OpenApiView view, string title, JsonNode? schema, StringBuilder main)
    {
        var rows = SchemaRows.Flatten(view, schema);
        var name = OpenApiView.RefName(schema);
        main.Append("<h3>").Append(DocsLayout.Encode(title)).Append(name is null ? "" : $" <code>{DocsLayout.Encode(name)}</code>").Append("</h3>");
        if (rows.Count == 0)
        {
            var type = view.Resolve(schema)?["type"]?.ToJsonString().Trim('"');
            main.Append("<p>").Append(DocsLayout.Encode(type is null ? "See the example." : $"A {type}.")).Append("</p>");
            return;
        }

        main.Append("<table class=\"schema\"><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            main.Append("<tr><td class=\"name\">").Append(DocsLayout.Encode(row.Name))
                .Append(row.Required ? " <span class=\"req\">required</span>" : " <span class=\"opt\">optional</span>")
                .Append("</td><td>").Append(DocsLayout.Encode(row.Type)).Append("</td><td>").Append(DocsMarkdown.Inline(row.Description)).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
    }

    private static IEnumerable<JsonObject> Parameters(OpenApiView view, DocOperation operation)
    {
        var pathLevel = view.Document["paths"]?[operation.Path]?["parameters"] as JsonArray ?? [];
        var operationLevel = operation.Node["parameters"] as JsonArray ?? [];
        return pathLevel.Concat(operationLevel).Select(p => view.Resolve(p)).OfType<JsonObject>();
    }

    private static string Example(OpenApiView view, JsonNode? media)
    {
        var value = media?["example"]
            ?? (media?["examples"] as JsonObject)?.Select(e => view.Resolve(e.Value)?["value"]).FirstOrDefault(v => v is not null);
        return value?.ToJsonString(Indented) ?? "{ }";
    }

    private static string Notes(JsonNode? notes, string fallback)
    {
        var items = (notes as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToList();
        return items.Count == 0
            ? $"<p>{DocsLayout.Encode(fallback)}</p>"
            : "<ul>" + string.Concat(items.Select(i => $"<li>{DocsMarkdown.Inline(i)}</li>")) + "</ul>";
    }
}
